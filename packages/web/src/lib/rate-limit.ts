import type { TFunction } from 'i18next';
import type { Failure } from './errors';

/** "Wait 30 seconds" below two minutes, "Wait 15 minutes" above. */
function rateLimitMessage(t: TFunction, retryAfterSeconds: number): string {
  return retryAfterSeconds < 120
    ? t('signIn.rateLimitedSeconds', { count: retryAfterSeconds })
    : t('signIn.rateLimitedMinutes', { count: Math.ceil(retryAfterSeconds / 60) });
}

/** A RateLimitedError as the failure a form shows. */
export function rateLimitFailure(t: TFunction, retryAfterSeconds: number): Failure {
  return { kind: 'message', message: rateLimitMessage(t, retryAfterSeconds) };
}
