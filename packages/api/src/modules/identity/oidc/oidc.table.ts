import { sql } from 'drizzle-orm';
import { boolean, check, index, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../../../platform/db/columns';
import { users } from '../identity.table';

/** An account at an OpenID Connect provider that signs a person in: one provider account belongs to one person. */
export const userIdentities = pgTable(
  'user_identities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The configured provider's id (`google`, `school`…). */
    providerId: text('provider_id').notNull(),
    /** The ID token's `sub`: the provider's stable identifier of the person. */
    subject: text('subject').notNull(),
    /** The address the provider gave when it was last used, and whether the provider said it verified it. */
    email: text('email'),
    emailVerified: boolean('email_verified').notNull().default(false),
    /** The picture the provider gave (`picture` claim), if any. */
    pictureUrl: text('picture_url'),
    linkedAt: instant('linked_at').notNull().defaultNow(),
    lastUsedAt: instant('last_used_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('user_identities_provider_subject_key').on(t.providerId, t.subject),
    uniqueIndex('user_identities_user_provider_key').on(t.userId, t.providerId),
  ],
);

export const oidcIntentEnum = pgEnum('oidc_intent', ['SIGN_IN', 'LINK']);

/**
 * A sign-in started at a provider and not yet back: the browser holds only a random token (an HttpOnly cookie) whose
 * hash finds this row; `state`, `nonce` and the PKCE verifier never leave the server. Used once, then deleted.
 */
export const oidcLoginAttempts = pgTable(
  'oidc_login_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tokenHash: text('token_hash').notNull().unique(),
    providerId: text('provider_id').notNull(),
    state: text('state').notNull(),
    nonce: text('nonce').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    intent: oidcIntentEnum('intent').notNull(),
    /** For LINK: the signed-in account the provider account will be linked to. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    /** A path of this site to go to afterwards. */
    returnTo: text('return_to').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
    expiresAt: instant('expires_at').notNull(),
  },
  (t) => [
    index('oidc_login_attempts_expires_at_idx').on(t.expiresAt),
    check('oidc_login_attempts_link_has_user', sql`${t.intent} <> 'LINK' or ${t.userId} is not null`),
  ],
);

export type UserIdentityRow = typeof userIdentities.$inferSelect;
export type OidcLoginAttemptRow = typeof oidcLoginAttempts.$inferSelect;
