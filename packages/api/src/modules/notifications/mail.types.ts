import { ArgsType, Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
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

@ObjectType({ description: 'An email the platform wrote, as the dev mailbox shows it.' })
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

  @Field(() => GraphQLISODateTime, { description: 'When it was written (and, in the dev mailbox, delivered).' })
  sentAt!: Date;
}

export const EmailConnection = ConnectionType(Email, 'Email', 'email');

@ArgsType()
export class DevMailboxArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Only mail sent to this address.' })
  to?: string | null;
}

export enum MailStatus {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
registerEnumType(MailStatus, {
  name: 'MailStatus',
  description: 'Where an outgoing email stands.',
  valuesConfig: {
    QUEUED: { description: 'Written, waiting for its delivery (or for another attempt after a temporary failure).' },
    SENT: { description: 'Accepted by the mail server (or kept in the dev mailbox).' },
    FAILED: { description: 'Refused for good by the mail server, or still undelivered after every attempt.' },
  },
});

@ObjectType({ description: 'How this Skillcall delivers its email.' })
export class MailDeliveryInfo {
  @Field(() => Boolean, {
    description: 'True when mail stays on the server, in the dev mailbox (no SMTP server configured); false when it is sent.',
  })
  devMailbox!: boolean;
}

@ObjectType({ description: 'An email that failed, or that is still waiting for its delivery long after it was written.' })
export class UndeliveredEmail {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'Recipient address.' })
  to!: string;

  @Field(() => String, { description: 'The template that produced it (e.g. passwordReset).' })
  template!: string;

  @Field(() => String, { description: 'Subject line, in the recipient’s language.' })
  subject!: string;

  @Field(() => MailStatus, { description: 'FAILED, or QUEUED when its delivery is still being retried.' })
  status!: MailStatus;

  @Field(() => Int, { description: 'Delivery attempts made so far.' })
  attempts!: number;

  @Field(() => String, { nullable: true, description: 'The mail server’s last reply (or the connection error), if any.' })
  lastReply!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was written and queued.' })
  queuedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the last attempt was made.' })
  lastAttemptAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was given up on (FAILED only).' })
  failedAt!: Date | null;
}

export const UndeliveredEmailConnection = ConnectionType(UndeliveredEmail, 'UndeliveredEmail', 'undelivered email');
