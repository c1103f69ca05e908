import { index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../../platform/db/columns';
import { users } from '../identity/identity.table';

/**
 * One browser or phone that accepted Web Push for an account: its push service endpoint and the keys its payloads are
 * encrypted for (`p256dh`, `auth`, base64url as the browser's PushSubscription gives them). One row per endpoint: the
 * same device registering again updates its row. A push service answering 404 or 410 deletes the row.
 */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    endpoint: text('endpoint').notNull(),
    p256dh: text('p256dh').notNull(),
    auth: text('auth').notNull(),
    /** What the person calls this device ("Pixel 7", "Work laptop"), shown in their settings. */
    label: text('label'),
    createdAt: instant('created_at').notNull().defaultNow(),
    /** The last push the push service accepted for this device. */
    lastUsedAt: instant('last_used_at'),
    /** Failed sends in a row (reset by a successful one). */
    failureCount: integer('failure_count').notNull().default(0),
  },
  (t) => [uniqueIndex('push_subscriptions_endpoint_idx').on(t.endpoint), index('push_subscriptions_user_idx').on(t.userId, t.createdAt)],
);

export type PushSubscriptionRow = typeof pushSubscriptions.$inferSelect;
