import { sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../../platform/db/columns';
import { users } from '../identity/identity.table';
import { experts, offerings } from '../experts/expert.table';
import { bookings } from '../bookings/booking.table';

export const helpRequestStatusEnum = pgEnum('help_request_status', ['WAITING', 'ACCEPTED', 'DECLINED', 'LAPSED', 'CANCELLED']);

/**
 * "Help me now": a user waiting in an available expert's queue. The oldest waiting request rings (`ringing_since`);
 * the expert accepts or declines within 60 seconds, or it lapses and the next one rings.
 */
export const helpRequests = pgTable(
  'help_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    expertId: uuid('expert_id')
      .notNull()
      .references(() => experts.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    offeringId: uuid('offering_id')
      .notNull()
      .references(() => offerings.id, { onDelete: 'cascade' }),
    status: helpRequestStatusEnum('status').notNull().default('WAITING'),
    message: text('message'),
    userTimeZone: text('user_time_zone').notNull(),
    ringingSince: instant('ringing_since'),
    decidedAt: instant('decided_at'),
    bookingId: uuid('booking_id').references(() => bookings.id, { onDelete: 'set null' }),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('help_requests_queue_idx')
      .on(t.expertId, t.createdAt, t.id)
      .where(sql`status = 'WAITING'`),
    uniqueIndex('help_requests_one_waiting_per_user_idx')
      .on(t.expertId, t.userId)
      .where(sql`status = 'WAITING'`),
  ],
);

export type HelpRequestRow = typeof helpRequests.$inferSelect;
export type HelpRequestStatus = HelpRequestRow['status'];
