import type { Database } from '../../platform/db/client';
import { outgoingMail } from './mail.table';
import type { Mailer, OutgoingEmail } from './mailer';

/** The embedded default: outgoing mail is written to the database, where the SPA's dev mailbox shows it. */
export class RecordingMailer implements Mailer {
  readonly kind = 'recording' as const;

  constructor(private readonly db: Database) {}

  async send(email: OutgoingEmail): Promise<void> {
    await this.db
      .insert(outgoingMail)
      .values({
        toAddress: email.to,
        subject: email.subject,
        textBody: email.text,
        template: email.template,
        metadata: email.metadata ?? {},
        attachments: email.attachments ?? [],
        dedupeKey: email.dedupeKey ?? null,
      })
      .onConflictDoNothing({ target: outgoingMail.dedupeKey });
  }
}
