/**
 * The only SQL that writes a booking's status. Only the gate (`booking.transition.ts`) calls it: the lint refuses an
 * import from anywhere else, and a `status` written by any other query.
 */
import { and, eq, lte } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/client';
import { bookings, type BookingRow, type BookingStatus } from './booking.table';
import type { BookingPatch } from './booking.queries';

/** Moves the booking from `from` to `to` with `patch`; undefined when it is no longer in `from`. */
export async function writeBookingStatus(
  db: DbExecutor,
  id: string,
  from: BookingStatus,
  to: BookingStatus,
  patch: BookingPatch,
): Promise<BookingRow | undefined> {
  const [row] = await db
    .update(bookings)
    .set({ ...patch, status: to })
    .where(and(eq(bookings.id, id), eq(bookings.status, from)))
    .returning();
  return row;
}

/** Expires the expert's bookings whose payment hold ran out; returns them. */
export async function writeLapsedHoldsExpired(db: DbExecutor, expertId: string, now: Date): Promise<BookingRow[]> {
  return db
    .update(bookings)
    .set({ status: 'EXPIRED', updatedAt: now })
    .where(and(eq(bookings.expertId, expertId), eq(bookings.status, 'PENDING_PAYMENT'), lte(bookings.holdExpiresAt, now)))
    .returning();
}
