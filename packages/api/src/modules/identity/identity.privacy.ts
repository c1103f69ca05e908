/** What the identity module keeps about a person: their account in their data export, and its erasure. */
import { randomUUID } from 'node:crypto';
import type { Context } from '../../platform/context';
import {
  anonymiseUser,
  deleteOtherSessions,
  deleteResetTokensOf,
  deleteVerificationTokensOf,
  findPendingEmailChange,
  findUsersByIds,
  sessionsOfUser,
} from './identity.queries';
import { deleteIdentitiesOf, identitiesOfUser } from './oidc/oidc.queries';
import { forgetPasskeys, passkeysDataOf } from './passkeys/passkey.privacy';

/** The name a deleted account keeps, for clients that do not read `User.deleted` (receipts, emails, exports). */
export const deletedUserName = 'Deleted user';

/** The account, its sign-in sessions (devices), the provider accounts linked to it and its passkeys, as the data export shows them. */
export async function accountDataOf(ctx: Context, userId: string) {
  const [row] = await findUsersByIds(ctx.db, [userId]);
  if (!row) return null;
  return {
    account: {
      id: row.id,
      email: row.email,
      emailVerifiedAt: row.emailVerifiedAt,
      pendingEmailChange: (await findPendingEmailChange(ctx.db, row.id, row.email, ctx.clock.now())) ?? null,
      displayName: row.displayName,
      locale: row.locale,
      timeZone: row.timeZone,
      roles: row.roles,
      createdAt: row.createdAt,
    },
    signInSessions: await sessionsOfUser(ctx.db, userId),
    linkedProviders: (await identitiesOfUser(ctx.db, userId)).map((identity) => ({
      provider: identity.providerId,
      email: identity.email,
      emailVerifiedByProvider: identity.emailVerified,
      pictureUrl: identity.pictureUrl,
      linkedAt: identity.linkedAt,
      lastUsedAt: identity.lastUsedAt,
    })),
    passkeys: await passkeysDataOf(ctx, userId),
  };
}

/**
 * Anonymises the account inside the caller's transaction: a unique address that cannot receive mail (so the email
 * may sign up again), the neutral name, a password hash nothing matches, no roles; every session, reset link, email
 * confirmation link, linked provider account (so the provider account may create a new account later) and passkey goes.
 */
export async function anonymiseAccount(tx: Context, userId: string): Promise<void> {
  await anonymiseUser(
    tx.db,
    userId,
    { email: `deleted-${randomUUID()}@deleted.invalid`, displayName: deletedUserName, passwordHash: '!deleted' },
    tx.clock.now(),
  );
  await deleteOtherSessions(tx.db, userId, null);
  await deleteResetTokensOf(tx.db, userId);
  await deleteVerificationTokensOf(tx.db, userId);
  await deleteIdentitiesOf(tx.db, userId);
  await forgetPasskeys(tx, userId);
  tx.loaders.userById.clear(userId);
}
