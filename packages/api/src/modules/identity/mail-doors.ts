/**
 * The doors anyone can use that send mail (sign-up, password reset, confirmation links): each request counts against
 * the caller's IP address and against the email address it would write to, on the Postgres-backed limiter shared by
 * every instance. Over either limit the request gets a RateLimitedError and sends nothing.
 */
import type { Context } from '../../platform/context';
import { normalizeEmail, type MailDoor } from './identity.policy';
import { RateLimitedError } from './identity.types';

export function rateLimited(retryAfterSeconds: number) {
  return Object.assign(new RateLimitedError(`Too many attempts. Try again in ${retryAfterSeconds} seconds.`), { retryAfterSeconds });
}

/** Counts one use of `door` by this caller for `address`; the refusal when either limit is passed, otherwise null. */
export async function knockOnMailDoor(ctx: Context, door: MailDoor, address: string): Promise<RateLimitedError | null> {
  const limiters = ctx.adapters.limiters.mailDoors[door];
  // The IP first: a flood from one address refused there does not use up the quota of the address it targets.
  const byIp = await limiters.perIp.consume(ctx.http?.ip ?? 'unknown');
  if (!byIp.allowed) return rateLimited(byIp.resetSeconds);
  const byAddress = await limiters.perAddress.consume(normalizeEmail(address));
  return byAddress.allowed ? null : rateLimited(byAddress.resetSeconds);
}
