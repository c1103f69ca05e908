/**
 * Pure rules of push notifications: which endpoints this server sends to, the shape of a device's keys, how many devices
 * an account may have, and what each kind of push asks of the push service (time to live, urgency).
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { fieldCode, FieldErrorCode } from '../../platform/graphql/domain-error';
import { loopbackHostNames } from '../../platform/loopback-hosts';
import { supportedLocales } from '../identity/identity.policy';
import { pushKinds, type PushKind } from './notification-kinds';

/** The most devices one account may register (a person has a phone, a laptop, a tablet: 20 is generous). */
export const maxPushDevices = 20;

/** Bytes of a base64url text, or null when it is not base64url. */
function base64urlBytes(text: string): number | null {
  return /^[A-Za-z0-9_-]+={0,2}$/.test(text) ? Buffer.from(text, 'base64url').length : null;
}

/** The keys and label of a subscription; the endpoint has its own typed error (`pushEndpointProblem`). */
export const registerPushDeviceSchema = z.object({
  endpoint: z.string().trim().min(1).max(2048),
  // An uncompressed P-256 point (65 bytes) and a 16-byte secret, as RFC 8291 has them.
  p256dh: z
    .string()
    .trim()
    .refine((v) => base64urlBytes(v) === 65 && Buffer.from(v, 'base64url')[0] === 4, {
      message: 'must be the subscription’s p256dh key: an uncompressed P-256 point, base64url',
      ...fieldCode(FieldErrorCode.INVALID_FORMAT),
    }),
  auth: z
    .string()
    .trim()
    .refine((v) => base64urlBytes(v) === 16, {
      message: 'must be the subscription’s 16-byte auth secret, base64url',
      ...fieldCode(FieldErrorCode.INVALID_FORMAT),
    }),
  label: z.string().trim().max(80).optional(),
});

/**
 * Why this server would not send to an endpoint, or null when it would: https only, and plain http to this machine's
 * loopback outside production (a local push service under test).
 */
export function pushEndpointProblem(endpoint: string, production: boolean): string | null {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return 'The endpoint is not a URL.';
  }
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && !production && loopbackHostNames.has(url.hostname)) return null;
  return production ? 'The endpoint must be an https URL.' : 'The endpoint must be an https URL (or http on a loopback address).';
}

/** The JSON a device receives (encrypted), as the service worker reads it. Nothing beyond what the notification shows. */
export const pushPayloadSchema = z.object({
  v: z.literal(1),
  kind: z.enum(pushKinds),
  title: z.string(),
  body: z.string(),
  /** Same-origin path a click on the notification opens. */
  url: z.string().startsWith('/'),
  /** A later push with the same tag replaces the notification. */
  tag: z.string(),
  /** Milliseconds since the epoch of the event. */
  timestamp: z.number().int(),
  helpRequestId: z.uuid().optional(),
  actions: z.array(z.object({ action: z.enum(['accept', 'decline']), title: z.string() })).optional(),
  /**
   * The language of `title`, `body` and the actions (the recipient's locale): the worker gives it to the notification.
   * Always set by `pushPayload`; optional only so that a push queued before it existed still goes.
   */
  lang: z.enum(supportedLocales).optional(),
});
export type PushPayload = z.infer<typeof pushPayloadSchema>;

/**
 * What the push service is asked to do with each kind: how long to keep it for an offline device (a help-now request
 * is worthless after its minute of ringing) and how urgently to wake the device.
 */
export const pushDeliveryOf: Record<PushKind, { ttlSeconds: number; urgency: 'very-low' | 'low' | 'normal' | 'high' }> = {
  HELP_NOW_REQUESTS: { ttlSeconds: 60, urgency: 'high' },
  REMINDERS: { ttlSeconds: 15 * 60, urgency: 'high' },
  BOOKING_CHANGES: { ttlSeconds: 24 * 3600, urgency: 'normal' },
  MESSAGES: { ttlSeconds: 24 * 3600, urgency: 'normal' },
  PAYOUTS: { ttlSeconds: 3 * 24 * 3600, urgency: 'low' },
};

/**
 * The push service's `Topic` header (RFC 8030: at most 32 base64url characters) from a payload's tag, so a newer push
 * with the same tag replaces one still waiting for an offline device.
 */
export function pushTopicOf(tag: string): string {
  return createHash('sha256').update(tag).digest('base64url').slice(0, 32);
}

/**
 * What a browser compares its own subscription's endpoint with to find itself in the account's devices (SHA-256,
 * base64url without padding): the endpoint itself, a capability to push to the device, never leaves the server.
 */
export function pushEndpointHash(endpoint: string): string {
  return createHash('sha256').update(endpoint).digest('base64url');
}

/** Attempts for the devices whose push service failed (not 404/410), each later than the last, within the push's life. */
export const maxPushAttempts = 6;

/** The wait before attempt `attempt + 1`: 30 s, 1 min, 2 min, 4 min, 8 min. */
export function pushRetryDelayMs(attempt: number): number {
  return 30_000 * 2 ** (attempt - 1);
}

/**
 * The job of one event for one account (and of its later attempts): queuing the same event again (a job run twice)
 * replaces a push not yet sent instead of adding another.
 */
export function pushJobKey(eventKey: string, userId: string, attempt: number): string {
  return `push:${eventKey}:${userId}${attempt > 1 ? `:attempt-${attempt}` : ''}`;
}
