import { and, asc, desc, eq, gt, gte, inArray, lt, lte, notInArray, or, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/client';
import { keysetAfter } from '../../platform/db/keyset';
import type { PageRequest } from '../../platform/graphql/connection';
import { timeHoldingStatuses, type initialStatuses } from './booking.state';
import { bookings, calendarFeeds, type BookingRow } from './booking.table';

/** Any column of a booking but its status, which only `transitionBooking` (booking.transition.ts) writes. */
export type BookingPatch = Omit<Partial<typeof bookings.$inferInsert>, 'id' | 'status'>;

/** A new booking starts confirmed (free) or waiting for its payment; later statuses come through the gate. */
export type NewBooking = typeof bookings.$inferInsert & { status: (typeof initialStatuses)[number] };

export async function insertBooking(db: DbExecutor, values: NewBooking): Promise<BookingRow> {
  const [row] = await db.insert(bookings).values(values).returning();
  return row!;
}

export async function findBookingById(db: DbExecutor, id: string, forUpdate = false): Promise<BookingRow | undefined> {
  const query = db.select().from(bookings).where(eq(bookings.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateBooking(db: DbExecutor, id: string, values: BookingPatch): Promise<BookingRow> {
  const [row] = await db.update(bookings).set(values).where(eq(bookings.id, id)).returning();
  return row!;
}

/** The expert's bookings that hold time overlapping [from, to) (blocked ranges, buffers included). */
export async function findTimeHoldingBookings(
  db: DbExecutor,
  expertId: string,
  from: Date,
  to: Date,
  exceptBookingId?: string,
): Promise<BookingRow[]> {
  const rows = await db
    .select()
    .from(bookings)
    .where(
      and(
        eq(bookings.expertId, expertId),
        inArray(bookings.status, [...timeHoldingStatuses]),
        lt(bookings.blockedFrom, to),
        gt(bookings.blockedUntil, from),
      ),
    );
  return exceptBookingId ? rows.filter((r) => r.id !== exceptBookingId) : rows;
}

export async function listBookings(
  db: DbExecutor,
  filter: { userId?: string; expertId?: string; period: 'UPCOMING' | 'PAST'; now: Date },
  page: PageRequest,
): Promise<BookingRow[]> {
  const upcoming = filter.period === 'UPCOMING';
  const columns = [bookings.startsAt, bookings.id];
  return db
    .select()
    .from(bookings)
    .where(
      and(
        filter.userId ? eq(bookings.userId, filter.userId) : undefined,
        filter.expertId ? eq(bookings.expertId, filter.expertId) : undefined,
        upcoming
          ? and(gt(bookings.endsAt, filter.now), inArray(bookings.status, [...timeHoldingStatuses]))
          : or(lte(bookings.endsAt, filter.now), notInArray(bookings.status, [...timeHoldingStatuses])),
        keysetAfter(columns, page.after, upcoming ? 'asc' : 'desc'),
      ),
    )
    .orderBy(...(upcoming ? [asc(bookings.startsAt), asc(bookings.id)] : [desc(bookings.startsAt), desc(bookings.id)]))
    .limit(page.limit + 1);
}

/** A user's bookings on either side for their calendar feed: from 30 days ago on, cancelled ones included. */
export async function findFeedBookings(db: DbExecutor, userId: string, expertId: string | undefined, since: Date): Promise<BookingRow[]> {
  return db
    .select()
    .from(bookings)
    .where(
      and(
        or(eq(bookings.userId, userId), expertId ? eq(bookings.expertId, expertId) : undefined),
        gte(bookings.startsAt, since),
        inArray(bookings.status, ['CONFIRMED', 'IN_SESSION', 'COMPLETED', 'CANCELLED', 'NO_SHOW']),
      ),
    )
    .orderBy(asc(bookings.startsAt))
    .limit(1000);
}

// Calendar feeds

export async function replaceCalendarFeed(db: DbExecutor, userId: string, tokenHash: string, now: Date): Promise<void> {
  await db
    .insert(calendarFeeds)
    .values({ userId, tokenHash, createdAt: now })
    .onConflictDoUpdate({ target: calendarFeeds.userId, set: { tokenHash, createdAt: now } });
}

export async function deleteCalendarFeed(db: DbExecutor, userId: string): Promise<boolean> {
  const rows = await db.delete(calendarFeeds).where(eq(calendarFeeds.userId, userId)).returning({ userId: calendarFeeds.userId });
  return rows.length > 0;
}

export async function findCalendarFeedOwner(db: DbExecutor, tokenHash: string): Promise<string | undefined> {
  const [row] = await db.select({ userId: calendarFeeds.userId }).from(calendarFeeds).where(eq(calendarFeeds.tokenHash, tokenHash));
  return row?.userId;
}

export async function hasCalendarFeed(db: DbExecutor, userId: string): Promise<boolean> {
  const rows = await db.execute(sql`select 1 from ${calendarFeeds} where user_id = ${userId}`);
  return rows.length > 0;
}

/** Bookings on either side (as the user, or with `expertId`) that are not under way or over yet and can be cancelled. */
export function cancellableBookingsOf(
  db: DbExecutor,
  filter: { userId: string; expertId: string | null; now: Date },
  lock = false,
): Promise<BookingRow[]> {
  const query = db
    .select()
    .from(bookings)
    .where(
      and(
        or(eq(bookings.userId, filter.userId), filter.expertId ? eq(bookings.expertId, filter.expertId) : undefined),
        inArray(bookings.status, ['PENDING_PAYMENT', 'CONFIRMED']),
        gt(bookings.endsAt, filter.now),
      ),
    )
    .orderBy(asc(bookings.startsAt), asc(bookings.id));
  return lock ? query.for('update') : query;
}

/** Every booking of a person on either side, oldest first: for their data export. */
export function bookingsOfParticipant(db: DbExecutor, userId: string, expertId: string | null): Promise<BookingRow[]> {
  return db
    .select()
    .from(bookings)
    .where(or(eq(bookings.userId, userId), expertId ? eq(bookings.expertId, expertId) : undefined))
    .orderBy(asc(bookings.startsAt), asc(bookings.id));
}
