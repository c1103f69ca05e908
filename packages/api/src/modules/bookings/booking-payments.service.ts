/**
 * What billing may do to a booking: read it, confirm it once paid, complete it, and tell its participants that its
 * payment changed. Billing calls these instead of touching the bookings tables.
 */
import type { Context } from '../../platform/context';
import { publishEvent } from '../../platform/domain-events';
import { BookingPaymentChanged } from './booking.events';
import { findBookingById } from './booking.queries';
import { transitionBooking } from './booking.transition';
import { expertOfBooking } from './booking.service';
import type { BookingRow } from './booking.table';
import { announceBooking } from './booking.webhooks';

export async function bookingRow(ctx: Context, bookingId: string, lock = false): Promise<BookingRow | undefined> {
  return findBookingById(ctx.db, bookingId, lock);
}

/**
 * Confirms a booking whose payment arrived (inside the caller's transaction, booking locked). Returns false when
 * the booking no longer waits for it (hold expired, cancelled): the payment then arrived late and goes back.
 */
export async function confirmPaidBooking(ctx: Context, bookingId: string): Promise<boolean> {
  const booking = await findBookingById(ctx.db, bookingId, true);
  if (!booking) return false;
  if (booking.status !== 'PENDING_PAYMENT')
    return booking.status === 'CONFIRMED' || booking.status === 'IN_SESSION' || booking.status === 'COMPLETED';
  const expert = await expertOfBooking(ctx, booking);
  const row = await transitionBooking(ctx, booking, {
    to: 'CONFIRMED',
    expertUserId: expert.userId,
    patch: { holdExpiresAt: null },
    notice: 'CONFIRMED',
  });
  return row !== null;
}

/** Tells both participants' open pages that the booking's billing changed: its payment (captured, refunded...) or its refund request. */
export async function publishPaymentChanged(ctx: Context, booking: BookingRow): Promise<void> {
  await publishEvent(ctx, BookingPaymentChanged, { booking, expertUserId: (await expertOfBooking(ctx, booking)).userId, notice: null });
}

/** Tells both participants' pages that money went back to the user, and their webhooks (BOOKING_REFUNDED with the amount). */
export async function publishRefund(ctx: Context, booking: BookingRow, refund: { amountMinor: number; currency: string }): Promise<void> {
  await publishPaymentChanged(ctx, booking);
  await announceBooking(ctx, booking, 'BOOKING_REFUNDED', refund);
}
