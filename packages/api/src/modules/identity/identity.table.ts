import { sql } from 'drizzle-orm';
import { bigint, index, integer, pgEnum, pgTable, text, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { instant } from '../../platform/db/columns';

export const roleEnum = pgEnum('role', ['USER', 'EXPERT', 'ADMIN']);
export const localeEnum = pgEnum('locale', ['en', 'fr']);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored as typed; uniqueness is on the lower-cased form. */
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    /** Null for an account created through an OpenID Connect provider until its owner sets a password (reset link). */
    passwordHash: text('password_hash'),
    roles: roleEnum('roles')
      .array()
      .notNull()
      .default(sql`'{USER}'::role[]`),
    locale: localeEnum('locale').notNull().default('en'),
    timeZone: text('time_zone').notNull().default('UTC'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    /** Set when the person deleted their account: the row stays, anonymised, for the records that must be kept. */
    deletedAt: instant('deleted_at'),
    /** When the person proved they read mail at `email` (a verification link); null until then. */
    emailVerifiedAt: instant('email_verified_at'),
  },
  (t) => [uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`), index('users_created_at_id_idx').on(t.createdAt, t.id)],
);

/** How a person proved who they are when a session started: a password, a passkey, or an OpenID Connect provider. */
export type SignInMethod = 'password' | 'passkey' | 'provider';

export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** SHA-256 of the cookie token: a leaked table does not leak usable sessions. */
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: instant('created_at').notNull().defaultNow(),
    expiresAt: instant('expires_at').notNull(),
    lastSeenAt: instant('last_seen_at').notNull().defaultNow(),
    userAgent: text('user_agent'),
    ip: text('ip'),
    /** How this session was signed in (the `amr` of OpenID Connect, in our words); a new sign-in makes a new session. */
    signInMethod: text('sign_in_method').$type<SignInMethod>().notNull().default('password'),
  },
  (t) => [index('sessions_user_id_idx').on(t.userId)],
);

export const passwordResetTokens = pgTable(
  'password_reset_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: instant('created_at').notNull().defaultNow(),
    expiresAt: instant('expires_at').notNull(),
    usedAt: instant('used_at'),
  },
  (t) => [index('password_reset_tokens_user_id_idx').on(t.userId)],
);

/**
 * Emailed links proving an address: the account's own (after sign-up) or the new one of an email change, which
 * replaces the account's address only once the link is followed. Stored hashed like password reset tokens.
 */
export const emailVerificationTokens = pgTable(
  'email_verification_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The address the link was sent to, and that following it verifies. */
    email: text('email').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    expiresAt: instant('expires_at').notNull(),
    usedAt: instant('used_at'),
  },
  (t) => [index('email_verification_tokens_user_id_idx').on(t.userId)],
);

/** The store of rate-limiter-flexible's Postgres limiter, in the shape that library reads and writes. */
export const rateLimits = pgTable('rate_limits', {
  key: varchar('key', { length: 255 }).primaryKey(),
  points: integer('points').notNull().default(0),
  expire: bigint('expire', { mode: 'number' }),
});

export type UserRow = typeof users.$inferSelect;
export type EmailVerificationTokenRow = typeof emailVerificationTokens.$inferSelect;
