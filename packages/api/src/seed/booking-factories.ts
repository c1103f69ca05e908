/** Bookings written straight to the database, for suites that need history the real clock cannot make (a session that took place). */
import type { DbExecutor } from '../platform/db/client';
import { bookings, type BookingRow } from '../modules/bookings/booking.table';
import type { ExpertRow, OfferingRow } from '../modules/experts/expert.table';

/** A free session of `minutes` at `startsAt`: one that took place (COMPLETED), or one still ahead (`status: 'CONFIRMED'`). */
export async function createCompletedBooking(
  db: DbExecutor,
  options: {
    userId: string;
    expert: ExpertRow;
    offering: OfferingRow;
    startsAt: Date;
    minutes?: number;
    status?: 'COMPLETED' | 'CONFIRMED';
  },
): Promise<BookingRow> {
  const endsAt = new Date(options.startsAt.getTime() + (options.minutes ?? 30) * 60_000);
  const [row] = await db
    .insert(bookings)
    .values({
      offeringId: options.offering.id,
      expertId: options.expert.id,
      userId: options.userId,
      status: options.status ?? 'COMPLETED',
      source: 'SCHEDULED',
      startsAt: options.startsAt,
      endsAt,
      blockedFrom: options.startsAt,
      blockedUntil: endsAt,
      priceModel: options.offering.priceModel,
      currency: options.offering.currency,
      priceMinor: options.offering.priceMinor,
      cancellationPolicy: options.offering.cancellationPolicy,
      userTimeZone: 'Europe/Paris',
      createdAt: options.startsAt,
      updatedAt: endsAt,
    })
    .returning();
  return row!;
}
