/** Reads and writes of passkeys and of the challenges of their ceremonies. */
import { and, asc, count, eq, lt } from 'drizzle-orm';
import type { DbExecutor } from '../../../platform/db/client';
import { passkeyCredentials, webauthnChallenges, type ChallengeRow, type PasskeyRow } from './passkey.table';

export async function insertChallenge(
  db: DbExecutor,
  values: { challenge: string; purpose: ChallengeRow['purpose']; userId: string | null; now: Date; expiresAt: Date },
): Promise<string> {
  // Challenges nobody answered would pile up: each new one sweeps the expired ones (an index keeps it cheap).
  await db.delete(webauthnChallenges).where(lt(webauthnChallenges.expiresAt, values.now));
  const { now, ...rest } = values;
  const [row] = await db
    .insert(webauthnChallenges)
    .values({ ...rest, createdAt: now })
    .returning({ id: webauthnChallenges.id });
  return row!.id;
}

/** Takes a challenge out for good (used once, even when the answer then fails); undefined when unknown or used. */
export async function takeChallenge(db: DbExecutor, id: string, purpose: ChallengeRow['purpose']): Promise<ChallengeRow | undefined> {
  const [row] = await db
    .delete(webauthnChallenges)
    .where(and(eq(webauthnChallenges.id, id), eq(webauthnChallenges.purpose, purpose)))
    .returning();
  return row;
}

export async function insertPasskey(db: DbExecutor, values: typeof passkeyCredentials.$inferInsert): Promise<PasskeyRow> {
  const [row] = await db.insert(passkeyCredentials).values(values).returning();
  return row!;
}

/** The account's passkeys, oldest first (the order they were added in). */
export function listPasskeysOf(db: DbExecutor, userId: string): Promise<PasskeyRow[]> {
  return db
    .select()
    .from(passkeyCredentials)
    .where(eq(passkeyCredentials.userId, userId))
    .orderBy(asc(passkeyCredentials.createdAt), asc(passkeyCredentials.id));
}

export async function countPasskeysOf(db: DbExecutor, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(passkeyCredentials).where(eq(passkeyCredentials.userId, userId));
  return row?.n ?? 0;
}

export async function findPasskeyByCredentialId(db: DbExecutor, credentialId: string): Promise<PasskeyRow | undefined> {
  const [row] = await db.select().from(passkeyCredentials).where(eq(passkeyCredentials.credentialId, credentialId));
  return row;
}

/** Records a sign-in: the authenticator's new counter and backup state, and when. */
export async function recordPasskeyUse(
  db: DbExecutor,
  id: string,
  values: Pick<PasskeyRow, 'counter' | 'backedUp' | 'deviceType' | 'lastUsedAt'>,
): Promise<void> {
  await db.update(passkeyCredentials).set(values).where(eq(passkeyCredentials.id, id));
}

export async function renameOwnPasskey(db: DbExecutor, id: string, userId: string, name: string): Promise<PasskeyRow | undefined> {
  const [row] = await db
    .update(passkeyCredentials)
    .set({ name })
    .where(and(eq(passkeyCredentials.id, id), eq(passkeyCredentials.userId, userId)))
    .returning();
  return row;
}

export async function deleteOwnPasskey(db: DbExecutor, id: string, userId: string): Promise<boolean> {
  const rows = await db
    .delete(passkeyCredentials)
    .where(and(eq(passkeyCredentials.id, id), eq(passkeyCredentials.userId, userId)))
    .returning({ id: passkeyCredentials.id });
  return rows.length > 0;
}

/** Erasure: every passkey and pending challenge of the account. */
export async function deletePasskeysOf(db: DbExecutor, userId: string): Promise<void> {
  await db.delete(passkeyCredentials).where(eq(passkeyCredentials.userId, userId));
  await db.delete(webauthnChallenges).where(eq(webauthnChallenges.userId, userId));
}
