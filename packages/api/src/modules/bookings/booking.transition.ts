/**
 * The one gate through which a booking's status changes (Vendure's `transitionToState`): it checks the transitions
 * table (`booking.state.ts`), writes the status with the caller's patch only if the booking is still where the
 * caller saw it, and announces the change (`BookingChanged`: live views, mail, jobs, billing, webhooks), all in the
 * caller's transaction. Other writes cannot set `status`: `BookingPatch` leaves it out, and the lint refuses it.
 */
import type { Context } from '../../platform/context';
import { publishEvent } from '../../platform/domain-events';
import { BookingChanged } from './booking.events';
import type { BookingNotice } from './booking.jobs';
import type { BookingPatch } from './booking.queries';
import { canTransition } from './booking.state';
import { writeBookingStatus, writeLapsedHoldsExpired } from './booking-status.queries';
import type { BookingRow, BookingStatus } from './booking.table';

export interface Transition {
  to: BookingStatus;
  /** The user id of the booking's expert (both participants are told). */
  expertUserId: string;
  /** Other columns written with the status (`updatedAt` is set here). */
  patch?: BookingPatch;
  /** The email this change sends, if any. */
  notice?: BookingNotice | null;
}

/**
 * Moves `booking` (as the caller read it, preferably locked) to `to`. Returns the booking as written, or null when
 * the transitions table refuses the move or the booking changed status meanwhile; nothing is written then.
 */
export async function transitionBooking(ctx: Context, booking: BookingRow, transition: Transition): Promise<BookingRow | null> {
  const { to, expertUserId, patch = {}, notice = null } = transition;
  if (!canTransition(booking.status, to)) return null;
  const row = await writeBookingStatus(ctx.db, booking.id, booking.status, to, { ...patch, updatedAt: ctx.clock.now() });
  if (!row) return null;
  await publishEvent(ctx, BookingChanged, { booking: row, expertUserId, notice, change: { from: booking.status } });
  return row;
}

/** Expires the expert's unpaid bookings whose hold ran out (inside the booking transaction), telling both participants. */
export async function expireLapsedHolds(ctx: Context, expert: { id: string; userId: string }): Promise<void> {
  if (!canTransition('PENDING_PAYMENT', 'EXPIRED')) throw new Error('The transitions table no longer lets a hold expire.');
  for (const expired of await writeLapsedHoldsExpired(ctx.db, expert.id, ctx.clock.now()))
    await publishEvent(ctx, BookingChanged, {
      booking: expired,
      expertUserId: expert.userId,
      notice: 'EXPIRED',
      change: { from: 'PENDING_PAYMENT' },
    });
}
