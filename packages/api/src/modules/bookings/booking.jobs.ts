/** The bookings module's background jobs: its emails, reminders and the end of a payment hold. */
import { z } from 'zod';
import { defineJob } from '../../platform/jobs/job-definition';

export const bookingNotices = ['CONFIRMED', 'PENDING_PAYMENT', 'RESCHEDULED', 'CANCELLED', 'EXPIRED'] as const;
export type BookingNotice = (typeof bookingNotices)[number];

/** Emails both participants about a change of their booking. */
export const bookingNoticeJob = defineJob({
  id: 'bookings:notify',
  schema: z.object({ bookingId: z.uuid(), notice: z.enum(bookingNotices) }),
  handler: async () => (await import('./booking.notify.js')).sendBookingNotice,
});

/** Reminds both participants of a confirmed booking, a day and a quarter of an hour before. */
export const bookingReminderJob = defineJob({
  id: 'bookings:remind',
  schema: z.object({ bookingId: z.uuid(), reminder: z.enum(['24h', '15m']), startsAt: z.iso.datetime() }),
  handler: async () => (await import('./booking.notify.js')).sendBookingReminder,
});

/** The payment hold's end: an unpaid booking expires and frees its slot. */
export const holdExpiryJob = defineJob({
  id: 'bookings:expire-hold',
  schema: z.object({ bookingId: z.uuid() }),
  handler: async () => {
    const { expireHold } = await import('./booking-changes.service.js');
    return (ctx, { bookingId }) => expireHold(ctx, bookingId);
  },
});
