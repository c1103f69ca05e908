/** What leaves a booking change after commit: live events to both participants, emails and reminders through jobs. */
import type { Context } from '../../platform/context';
import { enqueue } from '../../platform/jobs/queue';
import { publishSlotsChanged } from '../availability/slots-events';
import { enqueueReconcile } from '../billing/payment.jobs';
import { scheduleSessionDeadlines } from '../sessions/session.events';
import { bookingNoticeJob, bookingReminderJob, holdExpiryJob, type BookingNotice } from './booking.jobs';
import type { BookingRow } from './booking.table';
import { announceBooking, webhookEventsOf, type StatusChange } from './booking.webhooks';

/** Statuses after which a booking's payment is settled. */
const settlingStatuses: readonly BookingRow['status'][] = ['CANCELLED', 'EXPIRED', 'COMPLETED', 'NO_SHOW'];

export const bookingsTopic = (userId: string) => `bookings:${userId}`;

const reminders = [
  { key: '24h', beforeMs: 24 * 3_600_000 },
  { key: '15m', beforeMs: 15 * 60_000 },
] as const;

/**
 * Queues, in the caller's transaction, everything a change implies: the event for both participants' live views and
 * for open slot pickers of the expert,
 * the emails (with calendar files), the reminders and session deadlines of a confirmed booking, the end of a payment hold, and for a paid
 * booking that ended one way or another, billing's settling of its payment (capture, release or refund). A change of
 * status (`change`, absent when the status stayed) is announced to partners' webhooks.
 */
export async function bookingChanged(
  ctx: Context,
  booking: BookingRow,
  expertUserId: string,
  notice: BookingNotice | null,
  change?: StatusChange,
): Promise<void> {
  for (const type of webhookEventsOf(booking.status, change)) await announceBooking(ctx, booking, type);
  for (const userId of new Set([booking.userId, expertUserId])) {
    await ctx.adapters.events.publish(ctx.db, bookingsTopic(userId), { bookingId: booking.id });
  }
  await publishSlotsChanged(ctx, booking.expertId, 'BOOKINGS');
  if (notice) await enqueue(ctx.db, bookingNoticeJob, { bookingId: booking.id, notice });
  if (booking.status === 'CONFIRMED') {
    await scheduleSessionDeadlines(ctx, booking);
    const now = ctx.clock.now().getTime();
    for (const reminder of reminders) {
      const runAt = booking.startsAt.getTime() - reminder.beforeMs;
      if (runAt > now) {
        await enqueue(
          ctx.db,
          bookingReminderJob,
          { bookingId: booking.id, reminder: reminder.key, startsAt: booking.startsAt.toISOString() },
          { jobKey: `booking-reminder-${reminder.key}:${booking.id}`, runAt: new Date(runAt) },
        );
      }
    }
  }
  if (booking.priceModel !== 'FREE' && settlingStatuses.includes(booking.status)) {
    await enqueueReconcile(ctx.db, booking.id);
  }
  if (booking.status === 'PENDING_PAYMENT' && booking.holdExpiresAt) {
    await enqueue(ctx.db, holdExpiryJob, { bookingId: booking.id }, { jobKey: `booking-hold:${booking.id}`, runAt: booking.holdExpiresAt });
  }
}
