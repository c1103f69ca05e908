/**
 * The bookings module's events, and its own reactions to them. Other modules react in their own files; every
 * registration is in `src/events.ts`.
 */
import type { Context } from '../../platform/context';
import { defineEvent } from '../../platform/domain-events';
import { enqueue } from '../../platform/jobs/queue';
import { bookingNoticeJob, bookingReminderJob, holdExpiryJob, type BookingNotice } from './booking.jobs';
import type { BookingRow } from './booking.table';
import { announceBooking, webhookEventsOf, type StatusChange } from './booking.webhooks';

export interface BookingChange {
  booking: BookingRow;
  expertUserId: string;
  /** The email this change sends, if any. */
  notice: BookingNotice | null;
  /** The status it came from (null when created); absent when the status stayed. */
  change?: StatusChange;
}

/** A booking was created, changed status or moved. */
export const BookingChanged = defineEvent<BookingChange>('BookingChanged');

/** A booking's payment changed (captured, refunded, a refund request asked or decided) while its status stayed. */
export const BookingPaymentChanged = defineEvent<BookingChange>('BookingPaymentChanged');

export const bookingsTopic = (userId: string) => `bookings:${userId}`;

const reminders = [
  { key: '24h', beforeMs: 24 * 3_600_000 },
  { key: '15m', beforeMs: 15 * 60_000 },
] as const;

/** Partners' webhooks hear of a change of status. */
export async function announceToPartners(ctx: Context, { booking, change }: BookingChange): Promise<void> {
  for (const type of webhookEventsOf(booking.status, change)) await announceBooking(ctx, booking, type);
}

/** Both participants' open pages reload the booking. */
export async function tellParticipants(ctx: Context, { booking, expertUserId }: BookingChange): Promise<void> {
  for (const userId of new Set([booking.userId, expertUserId])) {
    await ctx.adapters.events.publish(ctx.db, bookingsTopic(userId), { bookingId: booking.id });
  }
}

/** The change's email (with its calendar file), through a job. */
export async function sendNotice(ctx: Context, { booking, notice }: BookingChange): Promise<void> {
  if (notice) await enqueue(ctx.db, bookingNoticeJob, { bookingId: booking.id, notice });
}

/** A confirmed booking's reminders, a day and a quarter of an hour before (moved with it: keyed by booking). */
export async function scheduleReminders(ctx: Context, { booking }: BookingChange): Promise<void> {
  if (booking.status !== 'CONFIRMED') return;
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

/** The end of an unpaid booking's payment hold. */
export async function scheduleHoldExpiry(ctx: Context, { booking }: BookingChange): Promise<void> {
  if (booking.status === 'PENDING_PAYMENT' && booking.holdExpiresAt) {
    await enqueue(ctx.db, holdExpiryJob, { bookingId: booking.id }, { jobKey: `booking-hold:${booking.id}`, runAt: booking.holdExpiresAt });
  }
}
