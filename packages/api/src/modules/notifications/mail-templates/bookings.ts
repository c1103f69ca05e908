/** Mails about a booking, to each participant: when it takes place, in the reader's zone, under the message. */
import type { MailBuilder, MailTemplate, MailWriter } from './content';

const when = (w: MailWriter) => [w.detail('when', 'when'), w.detail('zone', 'zone')];

export const bookingMails = {
  bookingConfirmed: (w) => ({ family: 'booking', body: [w.paragraph('intro'), w.paragraph('calendar')], details: when(w) }),
  bookingPendingPayment: (w) => ({ family: 'booking', body: [w.paragraph('intro')], details: when(w) }),
  bookingRescheduled: (w) => ({ family: 'booking', body: [w.paragraph('intro'), w.paragraph('calendar')], details: when(w) }),
  bookingCancelled: (w) => ({
    family: 'booking',
    body: [w.paragraph('intro'), ...w.optionalParagraph('refund'), w.paragraph('calendar')],
    details: when(w),
  }),
  bookingExpired: (w) => ({ family: 'booking', body: [w.paragraph('intro')], details: when(w) }),
  bookingReminder: (w) => ({ family: 'booking', body: [w.paragraph('intro')], details: when(w) }),
} satisfies Partial<Record<MailTemplate, MailBuilder>>;
