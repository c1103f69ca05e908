import { boolean, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../../platform/db/columns';
import { users } from '../identity/identity.table';

/**
 * What a person chose to be told about, one row per kind they changed, one boolean per channel (email, push; in-app
 * notifications will add a column, not a table). A kind without a row (or a channel left null) takes the default
 * of `enabledByDefault` (`notification-kinds.ts`), so a default can change for everyone who never chose.
 * `kind` is text, checked by the code: a new kind needs no migration.
 */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    email: boolean('email'),
    push: boolean('push'),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'notification_preferences_pkey', columns: [t.userId, t.kind] })],
);

export type NotificationPreferenceRow = typeof notificationPreferences.$inferSelect;
