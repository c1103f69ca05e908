import { ErrorCode } from '../../error-codes';
import { Field, GraphQLISODateTime, ID, InputType, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../../platform/graphql/connection';
import { DomainError, InvalidInputError } from '../../platform/graphql/domain-error';

export enum ReportKind {
  REVIEW = 'REVIEW',
  EXPERT = 'EXPERT',
  SESSION = 'SESSION',
  MESSAGE = 'MESSAGE',
}
registerEnumType(ReportKind, {
  name: 'ReportKind',
  description: 'What is reported.',
  valuesConfig: {
    REVIEW: { description: 'A review.' },
    EXPERT: { description: 'An expert’s public profile.' },
    SESSION: { description: 'A booked session, by one of its two participants: a problem with the other person.' },
    MESSAGE: {
      description: 'A message, by the other side of its conversation (with `reportMessage`): the messages around it come with it.',
    },
  },
});

export enum ReportStatus {
  OPEN = 'OPEN',
  HIDDEN = 'HIDDEN',
  KEPT = 'KEPT',
}
registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  description: 'Where a report stands.',
  valuesConfig: {
    OPEN: { description: 'Waiting for an admin.' },
    HIDDEN: { description: 'An admin hid the content (a review is hidden; an expert is suspended).' },
    KEPT: { description: 'An admin kept the content visible.' },
  },
});

@ObjectType({ description: 'A report of a review, a profile or a session.' })
export class ContentReport {
  @Field(() => ID, { description: 'The report’s id.' })
  id!: string;

  @Field(() => ReportKind, { description: 'What is reported.' })
  kind!: ReportKind;

  @Field(() => ID, { description: 'The reported review’s, expert’s or booking’s id.' })
  targetId!: string;

  @Field(() => String, { description: 'Why it was reported.' })
  reason!: string;

  @Field(() => String, { description: 'Who reported it (“Former user” once deleted).' })
  reporterName!: string;

  @Field(() => ReportStatus, { description: 'Where it stands.' })
  status!: ReportStatus;

  @Field(() => String, { nullable: true, description: 'The admin’s note with the decision.' })
  decisionNote!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When an admin decided.' })
  decidedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was reported.' })
  createdAt!: Date;
}

@ObjectType({ description: 'One message of a reported conversation, as it was when reported.' })
export class ReportedMessageLine {
  @Field(() => ID, { description: 'The message’s id.' })
  id!: string;

  @Field(() => String, { description: 'Who wrote it: USER or EXPERT.' })
  side!: string;

  @Field(() => String, { description: 'The text.' })
  body!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was sent.' })
  createdAt!: Date;

  @Field(() => Boolean, { description: 'True for the reported message.' })
  reported!: boolean;
}

export const ContentReportConnection = ConnectionType(ContentReport, 'ContentReport', 'Reports, oldest first.');

@ObjectType({ description: 'The report was filed.' })
export class ReportSuccess {
  @Field(() => ContentReport, { description: 'The report.' })
  report!: ContentReport;
}

@ObjectType({ implements: DomainError, description: 'This cannot be reported (see the code’s description).' })
export class ReportNotPossibleError extends DomainError {
  override readonly code = ErrorCode.REPORT_NOT_POSSIBLE;
}

@ObjectType({ implements: DomainError, description: 'The viewer’s own review or profile, or a review of their own profile.' })
export class ReportOwnContentError extends DomainError {
  override readonly code = ErrorCode.REPORT_OWN_CONTENT;
}

@InputType({ description: 'A report of a review, an expert profile or a session one took part in.' })
export class ReportContentInput {
  @Field(() => ReportKind, { description: 'What is reported.' })
  kind!: ReportKind;

  @Field(() => ID, { description: 'The review’s or the expert’s id; for a session, the booking’s id.' })
  targetId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A booking of yours whose shared workspace (notes, code, whiteboard) to attach as it is now, for the moderators.',
  })
  workspaceBookingId?: string | null;

  @Field(() => String, { description: 'Why, 5 to 1,000 characters: the admins read it.' })
  reason!: string;
}

@InputType({ description: 'An admin’s decision on a report (it applies to every open report of the same content).' })
export class DecideReportInput {
  @Field(() => ID, { description: 'The report.' })
  reportId!: string;

  @Field(() => Boolean, {
    description: 'True hides the content (a review is hidden, an expert suspended); false keeps it (closes a session’s report).',
  })
  hide!: boolean;

  @Field(() => String, { description: 'Why, 5 to 2,000 characters (kept in the audit log).' })
  note!: string;
}

export const ReportContentResult = createUnionType({
  name: 'ReportContentResult',
  description: 'The filed report, or why it was refused.',
  types: () => [ReportSuccess, InvalidInputError, ReportNotPossibleError, ReportOwnContentError] as const,
});

export const DecideReportResult = createUnionType({
  name: 'DecideReportResult',
  description: 'The decided report, or why the input was refused.',
  types: () => [ReportSuccess, InvalidInputError] as const,
});
