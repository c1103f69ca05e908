import { bigint, boolean, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../../../platform/db/columns';
import { users } from '../identity.table';

/**
 * A passkey (WebAuthn credential) of an account: the public key the authenticator made for this site, and what
 * SimpleWebAuthn needs to verify a sign-in with it (its signature counter and transports). Several per account.
 */
export const passkeyCredentials = pgTable(
  'passkey_credentials',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The credential id the authenticator chose (base64url); a sign-in names it. */
    credentialId: text('credential_id').notNull().unique(),
    /** The COSE public key, base64url. */
    publicKey: text('public_key').notNull(),
    /** The authenticator's signature counter at the last sign-in (0 for authenticators that keep none). */
    counter: bigint('counter', { mode: 'number' }).notNull().default(0),
    transports: text('transports').array().notNull().default([]),
    /** `singleDevice` (bound to one authenticator) or `multiDevice` (synced, e.g. by a password manager). */
    deviceType: text('device_type').notNull(),
    backedUp: boolean('backed_up').notNull(),
    /** The name the person gave it ("Phone", "Work laptop"). */
    name: text('name').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    lastUsedAt: instant('last_used_at'),
  },
  (t) => [index('passkey_credentials_user_idx').on(t.userId, t.createdAt)],
);

/**
 * The challenges handed to browsers for a WebAuthn ceremony: each is used once (deleted when answered) and
 * refused after its short expiry. A registration's challenge belongs to the signed-in account that asked for it.
 */
export const webauthnChallenges = pgTable(
  'webauthn_challenges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    challenge: text('challenge').notNull(),
    purpose: text('purpose', { enum: ['registration', 'sign-in'] }).notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    createdAt: instant('created_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
  },
  (t) => [index('webauthn_challenges_expires_idx').on(t.expiresAt)],
);

export type PasskeyRow = typeof passkeyCredentials.$inferSelect;
export type ChallengeRow = typeof webauthnChallenges.$inferSelect;
