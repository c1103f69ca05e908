import { sql } from 'drizzle-orm';
import { index, integer, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../../platform/db/columns';
import { users } from '../identity/identity.table';
import { cancellationPolicyEnum, experts, offerings, priceModelEnum } from '../experts/expert.table';

export const bookingStatusEnum = pgEnum('booking_status', [
  'PENDING_PAYMENT',
  'CONFIRMED',
  'IN_SESSION',
  'COMPLETED',
  'CANCELLED',
  'EXPIRED',
  'NO_SHOW',
]);
export const bookingSourceEnum = pgEnum('booking_source', ['SCHEDULED', 'INSTANT']);
export const bookingPartyEnum = pgEnum('booking_party', ['USER', 'EXPERT', 'SYSTEM']);

/**
 * A session booked with an expert. Price, length, buffers and cancellation policy are copied from the offering and
 * the expert's settings when booking, so later changes by the expert never alter an existing booking.
 *
 * `blocked_from`/`blocked_until` (the session with its buffers) are what the exclusion constraint
 * `bookings_no_overlap` keeps apart for one expert, for every booking still holding its time (see the migration).
 */
export const bookings = pgTable(
  'bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    offeringId: uuid('offering_id')
      .notNull()
      .references(() => offerings.id, { onDelete: 'restrict' }),
    expertId: uuid('expert_id')
      .notNull()
      .references(() => experts.id, { onDelete: 'restrict' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    status: bookingStatusEnum('status').notNull(),
    source: bookingSourceEnum('source').notNull(),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    blockedFrom: instant('blocked_from').notNull(),
    blockedUntil: instant('blocked_until').notNull(),
    priceModel: priceModelEnum('price_model').notNull(),
    currency: text('currency'),
    priceMinor: integer('price_minor'),
    cancellationPolicy: cancellationPolicyEnum('cancellation_policy').notNull(),
    /** The user's time zone when booking: emails and calendar files speak it. */
    userTimeZone: text('user_time_zone').notNull(),
    holdExpiresAt: instant('hold_expires_at'),
    cancelledBy: bookingPartyEnum('cancelled_by'),
    cancelReason: text('cancel_reason'),
    /** The share of what was paid that goes back to the user, decided here and applied by billing. */
    refundPercent: integer('refund_percent'),
    rescheduleCount: integer('reschedule_count').notNull().default(0),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('bookings_user_starts_idx').on(t.userId, t.startsAt, t.id),
    index('bookings_expert_starts_idx').on(t.expertId, t.startsAt, t.id),
    index('bookings_hold_idx')
      .on(t.holdExpiresAt)
      .where(sql`status = 'PENDING_PAYMENT'`),
  ],
);

/** A private, revocable calendar feed: the URL carries a token whose hash is kept here. */
export const calendarFeeds = pgTable('calendar_feeds', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: instant('created_at').notNull().defaultNow(),
});

export type BookingRow = typeof bookings.$inferSelect;
export type BookingStatus = BookingRow['status'];
export type BookingParty = NonNullable<BookingRow['cancelledBy']>;
