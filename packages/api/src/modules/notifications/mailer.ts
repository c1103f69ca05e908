/** The mailer port: identity, bookings and billing send email through it, never through a transport directly. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  /** The same message as HTML (multipart/alternative beside `text`). */
  html?: string;
  /** Which template produced it, for the dev mailbox and for tests. */
  template: string;
  metadata?: Record<string, string>;
  attachments?: EmailAttachment[];
  /**
   * The recipient's one-click unsubscribe link for this mail's kind (RFC 8058: a POST there turns the kind off), for
   * the List-Unsubscribe header and the footer; absent for mail that cannot be turned off.
   */
  unsubscribeUrl?: string;
  /** A mail with a key already sent is not sent again (a job re-run after a crash). */
  dedupeKey?: string;
}

export interface EmailAttachment {
  filename: string;
  contentType: string;
  /** Text, or base64 bytes when `encoding` is base64. */
  content: string;
  encoding?: 'utf8' | 'base64';
}

export interface Mailer {
  /** `recording` only stores mail for the dev mailbox; no email leaves the machine. */
  readonly kind: 'recording';
  send(email: OutgoingEmail): Promise<void>;
}
