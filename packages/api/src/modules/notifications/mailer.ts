/**
 * The mailer port: the delivery job (`mail.delivery.ts`) hands each queued message to the configured transport,
 * never a module directly (modules call `sendEmail`, which queues).
 */
export interface EmailAttachment {
  filename: string;
  contentType: string;
  /** Text, or base64 bytes when `encoding` is base64. */
  content: string;
  encoding?: 'utf8' | 'base64';
}

/** One message, ready to leave: what the delivery job reads from its `outgoing_mail` row. */
export interface MailMessage {
  /** `<id@domain>`: the same on every attempt at this message. */
  messageId: string;
  date: Date;
  from: string;
  replyTo?: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments: EmailAttachment[];
  /** Further headers (Auto-Submitted, List-Unsubscribe…), see `mail.policy.ts`. */
  headers: Record<string, string>;
}

export interface Mailer {
  /** `recording` keeps mail in the database for the dev mailbox (no email leaves the machine); `smtp` sends it. */
  readonly kind: 'recording' | 'smtp';
  /**
   * Delivers one message and resolves with the server's reply. Rejects on failure with the transport's error
   * (`classifyMailFailure` in `mail.policy.ts` tells a permanent refusal from a failure worth retrying).
   */
  send(message: MailMessage): Promise<{ reply: string }>;
  close(): Promise<void>;
}
