/** What the bookings module keeps about a person: their bookings in the data export, and their calendar feed's erasure. */
import type { Context } from '../../platform/context';
import { findUser } from '../identity/identity.service';
import { offeringTitles } from '../experts/expert.service';
import { bookingsOfParticipant, deleteCalendarFeed } from './booking.queries';
import { expertOfBooking } from './booking.service';

/**
 * Every booking the person made or received as the expert, with what they saw of it: the other party's name (never
 * their email), the offering, times, price, status and cancellation.
 */
export async function bookingsDataOf(ctx: Context, userId: string, expertId: string | null) {
  const rows = await bookingsOfParticipant(ctx.db, userId, expertId);
  const titles = await offeringTitles(ctx, [...new Set(rows.map((r) => r.offeringId))]);
  return Promise.all(
    rows.map(async (row) => {
      const asClient = row.userId === userId;
      const otherName = asClient ? (await expertOfBooking(ctx, row)).displayName : ((await findUser(ctx, row.userId))?.displayName ?? null);
      return {
        id: row.id,
        role: asClient ? ('CLIENT' as const) : ('EXPERT' as const),
        otherParty: otherName,
        offering: titles.get(row.offeringId) ?? null,
        status: row.status,
        source: row.source,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        timeZone: row.userTimeZone,
        price:
          row.priceMinor !== null && row.currency
            ? { amountMinor: row.priceMinor, currency: row.currency, model: row.priceModel }
            : { model: row.priceModel },
        cancellationPolicy: row.cancellationPolicy,
        cancelledBy: row.cancelledBy,
        cancelReason: row.cancelReason,
        refundPercent: row.refundPercent,
        rescheduleCount: row.rescheduleCount,
        createdAt: row.createdAt,
      };
    }),
  );
}

/** The person's private calendar feed stops working (account deleted). */
export async function forgetCalendarFeed(tx: Context, userId: string): Promise<void> {
  await deleteCalendarFeed(tx.db, userId);
}

/** The ids of every booking of a person, on either side. */
export async function bookingIdsOfParticipant(ctx: Context, userId: string, expertId: string | null): Promise<string[]> {
  return (await bookingsOfParticipant(ctx.db, userId, expertId)).map((row) => row.id);
}
