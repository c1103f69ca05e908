import type { TFunction } from 'i18next';

/** "Wait 30 seconds" below two minutes, "Wait 15 minutes" above. */
export function rateLimitMessage(t: TFunction, retryAfterSeconds: number): string {
  return retryAfterSeconds < 120
    ? t('signIn.rateLimitedSeconds', { count: retryAfterSeconds })
    : t('signIn.rateLimitedMinutes', { count: Math.ceil(retryAfterSeconds / 60) });
}
