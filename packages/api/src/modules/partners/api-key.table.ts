import { sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../../platform/db/columns';
import { users } from '../identity/identity.table';

export const apiKeyScopeEnum = pgEnum('api_key_scope', ['CATALOG_READ', 'SEARCH', 'BOOKINGS_READ', 'WEBHOOKS_READ', 'MESSAGES']);

/**
 * A partner's API key. The secret (`skc_…`) is shown once when the key is created; only its SHA-256 is kept, with
 * the first characters (`prefix`) so the owner can tell their keys apart.
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    /** SHA-256 (hex) of the whole secret: a leaked table does not leak usable keys. */
    tokenHash: text('token_hash').notNull().unique(),
    scopes: apiKeyScopeEnum('scopes')
      .array()
      .notNull()
      .default(sql`'{}'::api_key_scope[]`),
    createdAt: instant('created_at').notNull().defaultNow(),
    /** Refreshed at most once a minute, so reads do not write on every request. */
    lastUsedAt: instant('last_used_at'),
    revokedAt: instant('revoked_at'),
  },
  (t) => [index('api_keys_user_created_idx').on(t.userId, t.createdAt)],
);

export type ApiKeyRow = typeof apiKeys.$inferSelect;
