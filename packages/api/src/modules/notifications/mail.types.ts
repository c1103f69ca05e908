import { ArgsType, Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { ConnectionArgs, ConnectionType } from '../../platform/graphql/connection';

@ObjectType({ description: 'A file attached to an email (e.g. an iCalendar invitation).' })
export class EmailAttachment {
  @Field(() => String, { description: 'File name, e.g. skillcall.ics.' })
  filename!: string;

  @Field(() => String, { description: 'MIME type, e.g. text/calendar.' })
  contentType!: string;

  @Field(() => String, { description: 'The file’s text, or its bytes in base64 when `encoding` is base64 (e.g. a PDF).' })
  content!: string;

  @Field(() => String, { description: '`utf8` (text files) or `base64` (binary files).' })
  encoding!: 'utf8' | 'base64';
}

@ObjectType({ description: 'An email the platform sent, as recorded by the embedded mailer.' })
export class Email {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'Recipient address.' })
  to!: string;

  @Field(() => String, { description: 'Subject line, in the recipient’s language.' })
  subject!: string;

  @Field(() => String, { description: 'The plain-text body.' })
  text!: string;

  @Field(() => String, { description: 'The template that produced it (e.g. passwordReset).' })
  template!: string;

  @Field(() => [EmailAttachment], { description: 'Attached files.' })
  attachments!: EmailAttachment[];

  @Field(() => GraphQLISODateTime, { description: 'When it was handed to the mail transport.' })
  sentAt!: Date;
}

export const EmailConnection = ConnectionType(Email, 'Email', 'email');

@ArgsType()
export class DevMailboxArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Only mail sent to this address.' })
  to?: string | null;
}
