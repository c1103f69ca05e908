import type { Mailer } from './mailer';

/**
 * The embedded default: the message is already in `outgoing_mail`, where the SPA's dev mailbox shows it from the
 * moment its transaction commits; delivering it only marks it sent.
 */
export class RecordingMailer implements Mailer {
  readonly kind = 'recording' as const;

  send(): Promise<{ reply: string }> {
    return Promise.resolve({ reply: 'kept in the dev mailbox' });
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
