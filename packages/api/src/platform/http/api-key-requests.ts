/**
 * Partner API keys on the wire: the secret comes as `Authorization: Bearer skc_…` (HTTP) or as the graphql-ws
 * `connectionParams.authorization`; an unknown key and a key over its rate limit are refused before any operation runs.
 */
import { AppError } from '../errors';
import type { RequestQuota } from '../rate-limit';

/** The secret of a `Bearer` authorization (possibly empty, which no key matches); undefined for none or another scheme. */
export function bearerSecret(authorization: unknown): string | undefined {
  if (typeof authorization !== 'string') return undefined;
  const match = /^\s*Bearer(?:\s+(.*))?$/i.exec(authorization);
  return match ? (match[1] ?? '').trim() : undefined;
}

export const unknownApiKey = () => new AppError('UNAUTHENTICATED', 'This API key is unknown, malformed or revoked.');

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
