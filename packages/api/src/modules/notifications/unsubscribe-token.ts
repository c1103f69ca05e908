/**
 * The token of a one-click unsubscribe link: who (user id) and what (kind), signed with HMAC-SHA256 under
 * `MAIL_LINK_SECRET`. It is the only proof the link's POST and page need, so it must not be forgeable; it does not
 * expire (a mail read a year later still unsubscribes). Hand-written on node:crypto rather than a JWT library: two
 * fields and one MAC need no header, algorithm choice or claims, and a shorter link fits mail clients better.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { isNotificationKind, type NotificationKind } from './notification-kinds';

/** Keeps these MACs apart from anything else the same secret may sign one day. */
const purpose = 'skillcall:unsubscribe:v1';

const mac = (secret: string, payload: string) => createHmac('sha256', secret).update(`${purpose}\n${payload}`).digest();

/** `<base64url(userId:kind)>.<base64url(mac)>`: letters, digits, `-` and `_` only, safe in a URL path. */
export function signUnsubscribeToken(secret: string, userId: string, kind: NotificationKind): string {
  const payload = `${userId}:${kind}`;
  return `${Buffer.from(payload).toString('base64url')}.${mac(secret, payload).toString('base64url')}`;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The user and kind a token names, or null when it is malformed, altered or signed with another secret. */
export function verifyUnsubscribeToken(secret: string, token: string): { userId: string; kind: NotificationKind } | null {
  const match = /^([A-Za-z0-9_-]{1,200})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const payload = Buffer.from(match[1]!, 'base64url').toString('utf8');
  // Only the one spelling this server writes: base64url decoding would take other bits in the last character too.
  if (Buffer.from(payload).toString('base64url') !== match[1]) return null;
  const given = Buffer.from(match[2]!, 'base64url');
  const expected = mac(secret, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [userId = '', kind = ''] = payload.split(':');
  return uuid.test(userId) && isNotificationKind(kind) ? { userId, kind } : null;
}
