import { and, desc, eq, gt, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/client';
import {
  emailVerificationTokens,
  passwordResetTokens,
  sessions,
  users,
  type EmailVerificationTokenRow,
  type SignInMethod,
  type UserRow,
} from './identity.table';
import type { Locale } from './identity.policy';

export async function insertUser(
  db: DbExecutor,
  values: {
    email: string;
    displayName: string;
    passwordHash: string | null;
    locale: Locale;
    timeZone: string;
    roles?: UserRow['roles'];
    emailVerifiedAt?: Date | null;
  },
): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

export async function findUserByEmail(db: DbExecutor, normalizedEmail: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${normalizedEmail}`);
  return row;
}

export function findUsersByIds(db: DbExecutor, ids: readonly string[]): Promise<UserRow[]> {
  return db
    .select()
    .from(users)
    .where(inArray(users.id, [...ids]));
}

export async function updateUser(
  db: DbExecutor,
  id: string,
  values: Partial<Pick<UserRow, 'displayName' | 'locale' | 'timeZone' | 'passwordHash' | 'roles' | 'email' | 'emailVerifiedAt'>>,
  now: Date,
): Promise<UserRow> {
  const [row] = await db
    .update(users)
    .set({ ...values, updatedAt: now })
    .where(eq(users.id, id))
    .returning();
  return row!;
}

export async function insertSession(
  db: DbExecutor,
  values: {
    tokenHash: string;
    userId: string;
    expiresAt: Date;
    userAgent: string | null;
    ip: string | null;
    now: Date;
    signInMethod: SignInMethod;
  },
): Promise<string> {
  const { now, ...rest } = values;
  const [row] = await db
    .insert(sessions)
    .values({ ...rest, createdAt: now, lastSeenAt: now })
    .returning({ id: sessions.id });
  return row!.id;
}

export async function findLiveSession(db: DbExecutor, tokenHash: string, now: Date) {
  const [row] = await db
    .select({
      sessionId: sessions.id,
      userId: sessions.userId,
      lastSeenAt: sessions.lastSeenAt,
      roles: users.roles,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  return row;
}

/** How and when a session was signed in (for re-authentication rules). */
export async function findSessionSignIn(db: DbExecutor, sessionId: string) {
  const [row] = await db
    .select({ signInMethod: sessions.signInMethod, createdAt: sessions.createdAt })
    .from(sessions)
    .where(eq(sessions.id, sessionId));
  return row;
}

export async function extendSession(db: DbExecutor, sessionId: string, now: Date, expiresAt: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.id, sessionId));
}

export async function deleteSession(db: DbExecutor, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Signs the user out everywhere, except the session given (the one that made the change). */
export async function deleteOtherSessions(db: DbExecutor, userId: string, keepSessionId: string | null): Promise<void> {
  await db
    .delete(sessions)
    .where(keepSessionId ? and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)) : eq(sessions.userId, userId));
}

export async function insertPasswordResetToken(
  db: DbExecutor,
  values: { tokenHash: string; userId: string; expiresAt: Date; now: Date },
): Promise<void> {
  await db.insert(passwordResetTokens).values({
    tokenHash: values.tokenHash,
    userId: values.userId,
    expiresAt: values.expiresAt,
    createdAt: values.now,
  });
}

/** Marks a live, unused token as used and returns its user; undefined when unknown, used or expired. */
export async function consumePasswordResetToken(db: DbExecutor, tokenHash: string, now: Date): Promise<string | undefined> {
  const [row] = await db
    .update(passwordResetTokens)
    .set({ usedAt: now })
    .where(and(eq(passwordResetTokens.tokenHash, tokenHash), isNull(passwordResetTokens.usedAt), gt(passwordResetTokens.expiresAt, now)))
    .returning({ userId: passwordResetTokens.userId });
  return row?.userId;
}

/** The sign-in sessions (devices) of a user, newest first: for their data export. */
export function sessionsOfUser(db: DbExecutor, userId: string) {
  return db
    .select({
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      userAgent: sessions.userAgent,
      ip: sessions.ip,
      signInMethod: sessions.signInMethod,
    })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .orderBy(desc(sessions.createdAt));
}

/** Replaces everything that identifies the person on their row; the row stays for the records that point to it. */
export async function anonymiseUser(
  db: DbExecutor,
  id: string,
  values: Pick<UserRow, 'email' | 'displayName' | 'passwordHash'>,
  now: Date,
): Promise<void> {
  await db
    .update(users)
    .set({ ...values, roles: [], timeZone: 'UTC', deletedAt: now, updatedAt: now })
    .where(eq(users.id, id));
}

/** Voids every password reset link of the user. */
export async function deleteResetTokensOf(db: DbExecutor, userId: string): Promise<void> {
  await db.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, userId));
}

/** Voids every email verification link of the user. */
export async function deleteVerificationTokensOf(db: DbExecutor, userId: string): Promise<void> {
  await db.delete(emailVerificationTokens).where(eq(emailVerificationTokens.userId, userId));
}

export async function insertEmailVerificationToken(
  db: DbExecutor,
  values: { tokenHash: string; userId: string; email: string; expiresAt: Date; now: Date },
): Promise<void> {
  const { now, ...rest } = values;
  await db.insert(emailVerificationTokens).values({ ...rest, createdAt: now });
}

/** Voids the user's unused links for addresses other than `keepEmail` (an earlier email change asked for). */
export async function deletePendingEmailChanges(db: DbExecutor, userId: string, keepEmail: string): Promise<void> {
  await db
    .delete(emailVerificationTokens)
    .where(
      and(
        eq(emailVerificationTokens.userId, userId),
        isNull(emailVerificationTokens.usedAt),
        sql`lower(${emailVerificationTokens.email}) <> ${keepEmail.toLowerCase()}`,
      ),
    );
}

/** A token by its hash, locked for the rest of the transaction (so that two clicks use it once). */
export async function findEmailVerificationToken(db: DbExecutor, tokenHash: string): Promise<EmailVerificationTokenRow | undefined> {
  const [row] = await db.select().from(emailVerificationTokens).where(eq(emailVerificationTokens.tokenHash, tokenHash)).for('update');
  return row;
}

export async function markEmailVerificationTokenUsed(db: DbExecutor, id: string, now: Date): Promise<void> {
  await db.update(emailVerificationTokens).set({ usedAt: now }).where(eq(emailVerificationTokens.id, id));
}

/** The address of the user's latest live email change link (one to another address than theirs), if any. */
export async function findPendingEmailChange(db: DbExecutor, userId: string, currentEmail: string, now: Date): Promise<string | undefined> {
  const [row] = await db
    .select({ email: emailVerificationTokens.email })
    .from(emailVerificationTokens)
    .where(
      and(
        eq(emailVerificationTokens.userId, userId),
        isNull(emailVerificationTokens.usedAt),
        gt(emailVerificationTokens.expiresAt, now),
        sql`lower(${emailVerificationTokens.email}) <> ${currentEmail.toLowerCase()}`,
      ),
    )
    .orderBy(desc(emailVerificationTokens.createdAt))
    .limit(1);
  return row?.email;
}
