import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../../platform/db/columns';
import { bookings } from '../bookings/booking.table';
import { experts, offerings } from '../experts/expert.table';
import { users } from '../identity/identity.table';

export const reviewStatusEnum = pgEnum('review_status', ['PUBLISHED', 'HIDDEN']);

/**
 * A user's review of a session that took place: one per booking, published at once (so the expert never sees it
 * before anyone else), never editable by the expert, who may reply once. Admins may hide it (reports, next).
 */
export const reviews = pgTable(
  'reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bookingId: uuid('booking_id')
      .notNull()
      .unique()
      .references(() => bookings.id, { onDelete: 'cascade' }),
    expertId: uuid('expert_id')
      .notNull()
      .references(() => experts.id, { onDelete: 'cascade' }),
    offeringId: uuid('offering_id')
      .notNull()
      .references(() => offerings.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    rating: integer('rating').notNull(),
    body: text('body').notNull(),
    reply: text('reply'),
    repliedAt: instant('replied_at'),
    status: reviewStatusEnum('status').notNull().default('PUBLISHED'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('reviews_rating_range', sql`${t.rating} between 1 and 5`),
    index('reviews_expert_idx')
      .on(t.expertId, t.createdAt, t.id)
      .where(sql`status = 'PUBLISHED'`),
    index('reviews_offering_idx')
      .on(t.offeringId, t.createdAt, t.id)
      .where(sql`status = 'PUBLISHED'`),
  ],
);

export type ReviewRow = typeof reviews.$inferSelect;
