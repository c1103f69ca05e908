/**
 * Partner API keys on the wire: the secret comes as `Authorization: Bearer skc_…` (HTTP) or as the graphql-ws
 * `connectionParams.authorization`; an unknown key and a key over its rate limit are refused before any operation runs.
 */
import { AppError } from '../errors';
import type { RequestQuota } from '../rate-limit';

/**
 * What an `Authorization` header (or `connectionParams.authorization`) presents: nothing, a Bearer secret (checked
 * later against the keys), or something else (`Basic …`, a bare key, `Bearer` alone), which is refused, never read as
 * anonymous, so a partner's misconfigured client learns it at once instead of seeing public data only.
 */
export type PresentedAuthorization = { kind: 'none' } | { kind: 'bearer'; secret: string } | { kind: 'malformed' };

export function readAuthorization(authorization: unknown): PresentedAuthorization {
  if (authorization === undefined || authorization === null) return { kind: 'none' };
  if (typeof authorization !== 'string') return { kind: 'malformed' };
  const match = /^\s*Bearer\s+(\S+)\s*$/i.exec(authorization);
  return match ? { kind: 'bearer', secret: match[1]! } : { kind: 'malformed' };
}

export const unknownApiKey = () => new AppError('UNAUTHENTICATED', 'This API key is unknown, malformed or revoked.');

export const malformedAuthorization = () =>
  new AppError(
    'UNAUTHENTICATED',
    'The Authorization header must be `Bearer <API key>` (keys start with `skc_`); other schemes, such as Basic, are not accepted.',
  );

/** The reasons a WebSocket is closed with (at most 123 bytes, the close frame's limit). */
export const unknownApiKeyCloseReason = 'Unknown, malformed or revoked API key';
export const malformedAuthorizationCloseReason = 'Authorization must be `Bearer <API key>`';

export const overRateLimit = (quota: RequestQuota) =>
  new AppError('RATE_LIMITED', `This API key may make ${quota.limit} requests a minute: retry in ${quota.resetSeconds} s.`, {
    retryAfterSeconds: quota.resetSeconds,
  });

/** The IETF RateLimit headers every response to a key request carries. */
export function rateLimitHeaders(quota: RequestQuota): Record<string, string> {
  return {
    'RateLimit-Limit': String(quota.limit),
    'RateLimit-Remaining': String(quota.remaining),
    'RateLimit-Reset': String(quota.resetSeconds),
  };
}

/** The same error as an HTTP answer with this status and headers (Apollo Server reads `extensions.http`, then drops it). */
export function withHttpStatus(error: AppError, status: number, headers: Record<string, string>): AppError {
  return new AppError(error.code, error.message, { ...error.extensions, http: { status, headers: new Map(Object.entries(headers)) } });
}
