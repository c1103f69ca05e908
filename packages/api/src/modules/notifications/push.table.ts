import { index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../../platform/db/columns';
import { sessions, users } from '../identity/identity.table';

/**
 * One browser or phone that accepted Web Push for an account: its push service endpoint and the keys its payloads are
 * encrypted for (`p256dh`, `auth`, base64url as the browser's PushSubscription gives them). One row per endpoint: the
 * same device registering again updates its row. A push service answering 404 or 410 deletes the row.
 *
 * A device belongs to the browser session that registered it: ending that session (sign-out, a password change or reset
 * that signs other sessions out, a new sign-in on the browser, the account's deletion) deletes the row with it, in the
 * same statement, so a shared browser stops receiving the account's pushes however the session ended (the SPA also
 * removes its device by endpoint as it signs out). A session that merely expired is not deleted, and keeps its device.
 */
export const pushSubscriptions = pgTable(
  'push_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The session that registered it (or registered it again): its end removes the device. */
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
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
  (t) => [
    uniqueIndex('push_subscriptions_endpoint_idx').on(t.endpoint),
    index('push_subscriptions_user_idx').on(t.userId, t.createdAt),
    index('push_subscriptions_session_idx').on(t.sessionId),
  ],
);

export type PushSubscriptionRow = typeof pushSubscriptions.$inferSelect;
