/** Pure rules of mail delivery: how long a message is retried, which failures are final, and its headers. */

/** The graphile-worker delay after failed attempt `n`: exp(min(n, 10)) seconds (its `fail_job` SQL). */
export const retryDelaySeconds = (attempt: number) => Math.exp(Math.min(attempt, 10));

/** Seconds between the first and the last of `maxAttempts` attempts, when each one fails. */
export function retrySpanSeconds(maxAttempts: number): number {
  let total = 0;
  for (let attempt = 1; attempt < maxAttempts; attempt++) total += retryDelaySeconds(attempt);
  return total;
}

/**
 * Attempts at one message before it is marked FAILED: the delays after attempts 1–10 add up to about 9.7 hours,
 * and each later one is e^10 s (about 6.1 hours), so 14 attempts span about 28 hours (13 would stop short of 24).
 */
export const maxDeliveryAttempts = 14;

/** What a transport's error says (nodemailer's SMTP errors carry the reply's code and text). */
export interface TransportFailure {
  message?: string;
  code?: string;
  responseCode?: number;
  response?: string;
}

/**
 * A 5xx reply is the server's final word (no such mailbox, refused as spam…): retrying would not change it. Anything
 * else, a 4xx reply (greylisting, mailbox full, try later), a refused connection or a timeout, is retried.
 */
export function classifyMailFailure(error: unknown): { permanent: boolean; reply: string } {
  const failure = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as TransportFailure;
  const reply = (failure.response ?? [failure.code, failure.message].filter(Boolean).join(': ')) || 'unknown error';
  const code = failure.responseCode;
  return { permanent: typeof code === 'number' && code >= 500 && code < 600, reply: reply.slice(0, 1000) };
}

/** The delivery job's key: one pending job per message. */
export const deliveryJobKey = (mailId: string) => `mail:${mailId}`;

/** `<message id@domain>`: one per `outgoing_mail` row, so every attempt at it carries the same one. */
export const messageIdFor = (mailId: string, domain: string) => `<${mailId}@${domain}>`;

/**
 * The headers a mailbox provider expects beyond From/To/Subject/Date/Message-ID: the mail is automatic (RFC 3834),
 * and a notification that is not strictly transactional can be unsubscribed from in one click (RFC 8058).
 */
export function mailHeaders(unsubscribeUrl: string | null): Record<string, string> {
  return {
    'Auto-Submitted': 'auto-generated',
    ...(unsubscribeUrl && {
      'List-Unsubscribe': `<${unsubscribeUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    }),
  };
}
