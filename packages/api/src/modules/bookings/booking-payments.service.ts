/**
 * What billing may do to a booking: read it, confirm it once paid, complete it, and tell its participants that its
 * payment changed. Billing calls these instead of touching the bookings tables.
 */
import type { Context } from '../../platform/context';
import { bookingChanged } from './booking.events';
import { findBookingById, updateBooking } from './booking.queries';
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
  const row = await updateBooking(ctx.db, booking.id, { status: 'CONFIRMED', holdExpiresAt: null, updatedAt: ctx.clock.now() });
  await bookingChanged(ctx, row, (await expertOfBooking(ctx, row)).userId, 'CONFIRMED', { from: booking.status });
  return true;
}

/** Tells both participants' open pages that the booking's billing changed: its payment (captured, refunded...) or its refund request. */
export async function publishPaymentChanged(ctx: Context, booking: BookingRow): Promise<void> {
  await bookingChanged(ctx, booking, (await expertOfBooking(ctx, booking)).userId, null);
}

/** Tells both participants' pages that money went back to the user, and their webhooks (BOOKING_REFUNDED with the amount). */
export async function publishRefund(ctx: Context, booking: BookingRow, refund: { amountMinor: number; currency: string }): Promise<void> {
  await publishPaymentChanged(ctx, booking);
  await announceBooking(ctx, booking, 'BOOKING_REFUNDED', refund);
}
