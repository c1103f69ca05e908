/** The mailer port: identity, bookings and billing send email through it, never through a transport directly. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  /** Which template produced it, for the dev mailbox and for tests. */
  template: string;
  metadata?: Record<string, string>;
  attachments?: EmailAttachment[];
}

export interface EmailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface Mailer {
  /** `recording` only stores mail for the dev mailbox; no email leaves the machine. */
  readonly kind: 'recording';
  send(email: OutgoingEmail): Promise<void>;
}
