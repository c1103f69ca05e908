/**
 * What each push notification says, in the reader's language, and where a click on it leads: the JSON a device
 * decrypts (`PushPayload`, the seam with the service worker). Parameters arrive formatted for the reader, as mail's do.
 */
import i18next from 'i18next';
import type { Locale } from '../identity/identity.policy';
import type { PushPayload } from './push.policy';
import { pushEn } from './push-strings.en';
import { pushFr } from './push-strings.fr';

/** The SPA's addresses a push opens (as `packages/web/src/route-paths.ts` has them; `/help-requests/:id` answers a request). */
export const pushPaths = {
  helpRequest: (id: string) => `/help-requests/${id}`,
  booking: (id: string) => `/bookings/${id}`,
  room: (id: string) => `/bookings/${id}/room`,
  earnings: '/dashboard/earnings',
};

/** Something worth a push, with what its words need (already formatted for the reader). */
export type PushNotice =
  | { kind: 'HELP_NOW_REQUESTS'; helpRequestId: string; offering: string }
  | { kind: 'BOOKING_CHANGES'; change: 'CONFIRMED' | 'RESCHEDULED' | 'CANCELLED'; bookingId: string; offering: string; when: string }
  | { kind: 'REMINDERS'; bookingId: string; offering: string }
  /** The messaging issue's hook: where the conversation opens, its tag, and the offering it is about. */
  | { kind: 'MESSAGES'; url: string; tag: string; offering: string }
  | { kind: 'PAYOUTS'; payoutId: string; amount: string };

const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { push: pushEn }, fr: { push: pushFr } },
  fallbackLng: 'en',
  ns: ['push'],
  defaultNS: 'push',
  // A notification is plain text: nothing to escape.
  interpolation: { escapeValue: false },
  initAsync: false,
});

const changeKeys = { CONFIRMED: 'bookingConfirmed', RESCHEDULED: 'bookingRescheduled', CANCELLED: 'bookingCancelled' } as const;

/** The payload of a notice for a reader, stamped with the time of its event. */
export function pushPayload(notice: PushNotice, locale: Locale, at: Date): PushPayload {
  const t = i18n.getFixedT(locale);
  const words = (key: string, params: Record<string, string> = {}) => ({
    title: t(`${key}.title`, params),
    body: t(`${key}.body`, params),
  });
  const base = { v: 1 as const, kind: notice.kind, timestamp: at.getTime(), lang: locale };
  switch (notice.kind) {
    case 'HELP_NOW_REQUESTS':
      return {
        ...base,
        ...words('helpNow', { offering: notice.offering }),
        url: pushPaths.helpRequest(notice.helpRequestId),
        tag: `help-request:${notice.helpRequestId}`,
        helpRequestId: notice.helpRequestId,
        actions: [
          { action: 'accept', title: t('helpNow.accept') },
          { action: 'decline', title: t('helpNow.decline') },
        ],
      };
    case 'BOOKING_CHANGES':
      return {
        ...base,
        ...words(changeKeys[notice.change], { offering: notice.offering, when: notice.when }),
        url: pushPaths.booking(notice.bookingId),
        tag: `booking:${notice.bookingId}`,
      };
    case 'REMINDERS':
      return {
        ...base,
        ...words('reminder', { offering: notice.offering }),
        url: pushPaths.room(notice.bookingId),
        tag: `booking:${notice.bookingId}`,
      };
    case 'MESSAGES':
      return { ...base, ...words('message', { offering: notice.offering }), url: notice.url, tag: notice.tag };
    case 'PAYOUTS':
      return { ...base, ...words('payout', { amount: notice.amount }), url: pushPaths.earnings, tag: `payout:${notice.payoutId}` };
  }
}
