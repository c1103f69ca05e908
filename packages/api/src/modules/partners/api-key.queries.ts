/** Reads and writes of partner API keys. */
import { and, count, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/client';
import { users } from '../identity/identity.table';
import { apiKeys, type ApiKeyRow } from './api-key.table';

/** Serialises key creation per owner for the rest of the transaction, so the cap on live keys holds under races. */
export async function lockOwnerKeys(db: DbExecutor, userId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`api-keys:${userId}`}, 0))`);
}

export async function countLiveKeys(db: DbExecutor, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(apiKeys)
    .where(and(eq(apiKeys.userId, userId), isNull(apiKeys.revokedAt)));
  return row?.n ?? 0;
}

export async function insertApiKey(db: DbExecutor, values: typeof apiKeys.$inferInsert): Promise<ApiKeyRow> {
  const [row] = await db.insert(apiKeys).values(values).returning();
  return row!;
}

/** The owner's keys, live and revoked, newest first. */
export function listOwnerKeys(db: DbExecutor, userId: string): Promise<ApiKeyRow[]> {
  return db.select().from(apiKeys).where(eq(apiKeys.userId, userId)).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}

export async function findOwnerKey(db: DbExecutor, id: string, userId: string): Promise<ApiKeyRow | undefined> {
  const [row] = await db
    .select()
    .from(apiKeys)
    .where(and(eq(apiKeys.id, id), eq(apiKeys.userId, userId)));
  return row;
}

/** Revokes the owner's key if it is live; a key revoked earlier keeps its first revocation time. */
export async function revokeOwnerKey(db: DbExecutor, id: string, userId: string, now: Date): Promise<void> {
  await db
    .update(apiKeys)
    .set({ revokedAt: now })
    .where(and(eq(apiKeys.id, id), eq(apiKeys.userId, userId), isNull(apiKeys.revokedAt)));
}

/** A live key by the hash of its secret, with its owner's roles. */
export async function findLiveKeyByHash(db: DbExecutor, tokenHash: string) {
  const [row] = await db
    .select({ id: apiKeys.id, userId: apiKeys.userId, scopes: apiKeys.scopes, lastUsedAt: apiKeys.lastUsedAt, roles: users.roles })
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.userId))
    .where(and(eq(apiKeys.tokenHash, tokenHash), isNull(apiKeys.revokedAt)));
  return row;
}

/** Records a use, unless one was recorded after `unlessAfter` (so a busy key writes at most once a minute). */
export async function touchKey(db: DbExecutor, id: string, now: Date, unlessAfter: Date): Promise<void> {
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(and(eq(apiKeys.id, id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, unlessAfter))));
}

export async function deleteKeysOf(db: DbExecutor, userId: string): Promise<void> {
  await db.delete(apiKeys).where(eq(apiKeys.userId, userId));
}
