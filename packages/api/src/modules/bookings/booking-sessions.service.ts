/**
 * What the session room may do to a booking: find it with its expert, mark it under way, and close it as held or
 * as a no-show. The sessions module calls these instead of touching the bookings tables.
 */
import type { Context } from '../../platform/context';
import type { ExpertRow } from '../experts/expert.table';
import { findBookingById } from './booking.queries';
import { transitionBooking } from './booking.transition';
import { expertOfBooking } from './booking.service';
import { canTransition } from './booking.state';
import type { BookingRow } from './booking.table';
import { cancellationTerms } from './cancellation';

export async function bookingWithExpert(
  ctx: Context,
  bookingId: string,
  lock = false,
): Promise<{ booking: BookingRow; expert: ExpertRow } | null> {
  const booking = await findBookingById(ctx.db, bookingId, lock);
  return booking ? { booking, expert: await expertOfBooking(ctx, booking) } : null;
}

/** Both participants are in the room for the first time: the booking is under way. */
export async function markInSession(ctx: Context, booking: BookingRow, expert: ExpertRow): Promise<BookingRow> {
  if (booking.status !== 'CONFIRMED') return booking;
  return (await transitionBooking(ctx, booking, { to: 'IN_SESSION', expertUserId: expert.userId })) ?? booking;
}

export type SessionOutcome = { held: true } | { held: false; absent: 'USER' | 'EXPERT' };

/**
 * Closes the booking once its session ended: COMPLETED when it was held (billing then captures what was metered and
 * the guarantee starts), NO_SHOW otherwise. An absent expert refunds the user in full; an absent user gets back
 * what the frozen cancellation policy gives for a cancellation at the start.
 */
export async function closeBookingSession(
  ctx: Context,
  booking: BookingRow,
  expert: ExpertRow,
  outcome: SessionOutcome,
): Promise<BookingRow> {
  const status = outcome.held ? 'COMPLETED' : 'NO_SHOW';
  if (!canTransition(booking.status, status)) return booking;
  const refundPercent = outcome.held
    ? booking.refundPercent
    : outcome.absent === 'EXPERT'
      ? 100
      : cancellationTerms(booking, booking.startsAt, 'USER').refundPercent;
  return (await transitionBooking(ctx, booking, { to: status, expertUserId: expert.userId, patch: { refundPercent } })) ?? booking;
}
