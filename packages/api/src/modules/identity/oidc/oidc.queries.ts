import { and, asc, eq, lt, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../../platform/db/client';
import { users } from '../identity.table';
import { oidcLoginAttempts, userIdentities, type OidcLoginAttemptRow, type UserIdentityRow } from './oidc.table';

export async function insertLoginAttempt(
  db: DbExecutor,
  values: Omit<OidcLoginAttemptRow, 'id' | 'createdAt'> & { now: Date },
): Promise<void> {
  const { now, ...rest } = values;
  await db.insert(oidcLoginAttempts).values({ ...rest, createdAt: now });
}

/** Takes the attempt behind a cookie token: it is deleted as it is read, so a callback replayed finds nothing. */
export async function takeLoginAttempt(db: DbExecutor, tokenHash: string): Promise<OidcLoginAttemptRow | undefined> {
  const [row] = await db.delete(oidcLoginAttempts).where(eq(oidcLoginAttempts.tokenHash, tokenHash)).returning();
  return row;
}

/** Attempts nobody came back from (consent abandoned): cleared as new ones start. */
export async function deleteExpiredLoginAttempts(db: DbExecutor, now: Date): Promise<void> {
  await db.delete(oidcLoginAttempts).where(lt(oidcLoginAttempts.expiresAt, now));
}

export async function findIdentity(db: DbExecutor, providerId: string, subject: string): Promise<UserIdentityRow | undefined> {
  const [row] = await db
    .select()
    .from(userIdentities)
    .where(and(eq(userIdentities.providerId, providerId), eq(userIdentities.subject, subject)));
  return row;
}

export function identitiesOfUser(db: DbExecutor, userId: string): Promise<UserIdentityRow[]> {
  return db.select().from(userIdentities).where(eq(userIdentities.userId, userId)).orderBy(asc(userIdentities.linkedAt));
}

export async function insertIdentity(
  db: DbExecutor,
  values: Pick<UserIdentityRow, 'userId' | 'providerId' | 'subject' | 'email' | 'emailVerified' | 'pictureUrl'> & { now: Date },
): Promise<UserIdentityRow> {
  const { now, ...rest } = values;
  const [row] = await db
    .insert(userIdentities)
    .values({ ...rest, linkedAt: now, lastUsedAt: now })
    .returning();
  return row!;
}

/** Records a sign-in: when, and what the provider says about the address now. */
export async function touchIdentity(
  db: DbExecutor,
  id: string,
  values: Pick<UserIdentityRow, 'email' | 'emailVerified' | 'pictureUrl'>,
  now: Date,
): Promise<void> {
  await db
    .update(userIdentities)
    .set({ ...values, lastUsedAt: now })
    .where(eq(userIdentities.id, id));
}

/** Removes a provider from an account; false when it was not linked. */
export async function deleteIdentity(db: DbExecutor, userId: string, providerId: string): Promise<boolean> {
  const deleted = await db
    .delete(userIdentities)
    .where(and(eq(userIdentities.userId, userId), eq(userIdentities.providerId, providerId)))
    .returning({ id: userIdentities.id });
  return deleted.length > 0;
}

export async function deleteIdentitiesOf(db: DbExecutor, userId: string): Promise<void> {
  await db.delete(userIdentities).where(eq(userIdentities.userId, userId));
}

/** Whether the account has a password, and the providers it can sign in with; `lock` holds the account row until commit. */
export async function signInMethodsOf(db: DbExecutor, userId: string, lock: boolean): Promise<{ password: boolean; providers: string[] }> {
  const query = db
    .select({ password: sql<boolean>`${users.passwordHash} is not null and ${users.passwordHash} like '$argon2%'` })
    .from(users)
    .where(eq(users.id, userId));
  const [row] = lock ? await query.for('update') : await query;
  const providers = await db
    .select({ providerId: userIdentities.providerId })
    .from(userIdentities)
    .where(eq(userIdentities.userId, userId));
  return { password: row?.password ?? false, providers: providers.map((p) => p.providerId) };
}
