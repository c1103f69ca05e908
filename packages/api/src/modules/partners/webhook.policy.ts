/**
 * The pure rules of outgoing webhooks: when a failed delivery is tried again, how a delivery is signed (and how a
 * partner checks it), what a secret looks like, and what an endpoint may be.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** Attempts of one delivery before it is given up as FAILED. */
export const maxDeliveryAttempts = 8;
/** Endpoints one account may register. */
export const maxEndpointsPerUser = 10;
/** How long the receiver has to answer one attempt. */
export const deliveryTimeoutMs = 10_000;
/** How much of the receiver's answer is kept with the attempt. */
export const responseExcerptBytes = 1024;
/** How old a signature's timestamp may be by default when verifying it (replays older than this are refused). */
export const defaultSignatureToleranceSeconds = 300;

const firstRetryMs = 30_000;
const retryGrowth = 4;
const longestRetryMs = 6 * 3_600_000;

/** The wait after the `attempt`-th failed attempt (1-based): 30 s × 4^(n−1), at most 6 hours. */
export function retryDelayMs(attempt: number): number {
  return Math.min(firstRetryMs * retryGrowth ** (attempt - 1), longestRetryMs);
}

export type DeliveryOutcome = { status: 'SUCCEEDED' } | { status: 'PENDING'; nextAttemptAt: Date } | { status: 'FAILED' };

/**
 * Where a delivery stands after its `attempt`-th attempt of the current sequence: delivered on a 2xx answer,
 * otherwise tried again after the backoff until the last attempt, or at once given up when retrying cannot help.
 */
export function outcomeOfAttempt(attempt: number, delivered: boolean, now: Date, retryable = true): DeliveryOutcome {
  if (delivered) return { status: 'SUCCEEDED' };
  if (!retryable || attempt >= maxDeliveryAttempts) return { status: 'FAILED' };
  return { status: 'PENDING', nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempt)) };
}

export const isSuccessStatus = (status: number) => status >= 200 && status < 300;

/** A new signing secret: `whsec_` and 32 random bytes in base64url. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

/** The `Skillcall-Signature` header of a body sent at `timestampSeconds`: `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>`. */
export function signWebhook(secret: string, body: string, timestampSeconds: number): string {
  return `t=${timestampSeconds},v1=${createHmac('sha256', secret).update(`${timestampSeconds}.${body}`, 'utf8').digest('hex')}`;
}

/**
 * Checks a `Skillcall-Signature` header the way a partner's receiver should (this function depends on nothing but
 * `node:crypto`, so it can be copied as is): the timestamp is at most `toleranceSeconds` from `now`, and one `v1`
 * value is the HMAC-SHA256 of `"<t>.<raw body>"` with the endpoint's secret, compared in constant time. Pass the raw
 * body exactly as received, before any JSON parsing.
 */
export function verifyWebhookSignature(
  secret: string,
  header: string,
  body: string,
  toleranceSeconds = defaultSignatureToleranceSeconds,
  now: Date = new Date(),
): boolean {
  const parts = header.split(',').map((part) => part.trim().split('='));
  const timestamp = parts.find(([key]) => key === 't')?.[1];
  if (!timestamp || !/^\d+$/.test(timestamp)) return false;
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > toleranceSeconds) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex'), 'utf8');
  return parts.some(([key, value]) => {
    if (key !== 'v1' || !value) return false;
    const given = Buffer.from(value, 'utf8');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/** The event types an endpoint may subscribe to (PING is only ever sent on request, to one endpoint). */
export const subscribableEventTypes = [
  'BOOKING_CREATED',
  'BOOKING_CONFIRMED',
  'BOOKING_CANCELLED',
  'BOOKING_COMPLETED',
  'BOOKING_REFUNDED',
  'REVIEW_PUBLISHED',
  'MESSAGE_CREATED',
] as const;

/** An endpoint URL: http(s) (https only in production), at most 2 kB. Private addresses are refused when sending. */
export function webhookUrlSchema(httpsOnly: boolean) {
  return z
    .string()
    .trim()
    .min(1)
    .max(2048)
    .refine(
      (text) => {
        if (text === '') return true; // said once, by min(1)
        if (!URL.canParse(text)) return false;
        const { protocol, hostname } = new URL(text);
        return hostname !== '' && (protocol === 'https:' || (!httpsOnly && protocol === 'http:'));
      },
      httpsOnly ? 'Enter an https:// URL.' : 'Enter an http:// or https:// URL.',
    );
}

function endpointFields(httpsOnly: boolean) {
  return {
    url: webhookUrlSchema(httpsOnly),
    description: z.string().trim().max(200),
    eventTypes: z
      .array(z.enum(subscribableEventTypes))
      .min(1, 'Choose at least one event.')
      .transform((types) => [...new Set(types)]),
  };
}

/** A new endpoint: a URL, a note (may be empty) and at least one event type. */
export function newEndpointSchema(httpsOnly: boolean) {
  const fields = endpointFields(httpsOnly);
  return z.object({ ...fields, description: fields.description.default('') });
}

/** Changes to an endpoint: the same rules for each field given. */
export function endpointChangesSchema(httpsOnly: boolean) {
  return z.object(endpointFields(httpsOnly)).partial();
}
