import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum WorkspaceAccessMode {
  EDIT = 'EDIT',
  READ = 'READ',
}
registerEnumType(WorkspaceAccessMode, {
  name: 'WorkspaceAccessMode',
  description: 'What the viewer may do with the workspace.',
  valuesConfig: {
    EDIT: { description: 'Edit it: from the booking’s confirmation to its end.' },
    READ: { description: 'Read and download it only: for 30 days after the booking’s end.' },
  },
});

@ObjectType({ description: 'One file of the workspace’s code editor.' })
export class WorkspaceCodeFile {
  @Field(() => String, { description: 'The file’s name, as its tab shows it.' })
  name!: string;

  @Field(() => String, {
    description: 'Its language: javascript, typescript, python, html, css, sql, json, markdown or plaintext.',
  })
  language!: string;

  @Field(() => String, { description: 'Its text.' })
  text!: string;
}

@ObjectType({
  description:
    'The shared workspace of a booking (notes, code, whiteboard), as of now. The live documents are edited over the ' +
    '`/collab` WebSocket (Hocuspocus) as `booking/<id>/notes`, `booking/<id>/code` and `booking/<id>/board`.',
})
export class Workspace {
  @Field(() => WorkspaceAccessMode, { description: 'Whether the viewer may still edit it, or only read it.' })
  access!: WorkspaceAccessMode;

  @Field(() => String, { description: 'The notes as Markdown (empty when there are none).' })
  notesMarkdown!: string;

  @Field(() => String, { description: 'The notes as an HTML fragment (empty when there are none).' })
  notesHtml!: string;

  @Field(() => [WorkspaceCodeFile], { description: 'The code files, in tab order.' })
  codeFiles!: WorkspaceCodeFile[];

  @Field(() => String, {
    description:
      'The whiteboard as an Excalidraw scene (JSON, `{ type: "excalidraw", elements, files }`); the room renders SVG and PNG from it.',
  })
  boardJson!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When any of its documents last changed; null when never edited.' })
  updatedAt!: Date | null;

  @Field(() => Int, { description: 'The size of its three documents together, in bytes (each may hold 5 MB).' })
  sizeBytes!: number;
}

@ObjectType({ description: 'A copy of a booking’s workspace taken when a participant attached it to a report, for the moderators.' })
export class WorkspaceSnapshot {
  @Field(() => ID, { nullable: true, description: 'The booking whose workspace it is (null once the booking is gone).' })
  bookingId!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the copy was taken (when the report was filed).' })
  takenAt!: Date;

  @Field(() => String, { description: 'The notes as Markdown.' })
  notesMarkdown!: string;

  @Field(() => String, { description: 'The notes as an HTML fragment.' })
  notesHtml!: string;

  @Field(() => [WorkspaceCodeFile], { description: 'The code files, in tab order.' })
  codeFiles!: WorkspaceCodeFile[];

  @Field(() => String, { description: 'The whiteboard as an Excalidraw scene (JSON).' })
  boardJson!: string;
}
