/** Reads and writes of push devices (`push_subscriptions`). */
import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/client';
import { users } from '../identity/identity.table';
import { pushSubscriptions, type PushSubscriptionRow } from './push.table';

/** The account's devices, oldest first. */
export function pushDevicesOf(db: DbExecutor, userId: string): Promise<PushSubscriptionRow[]> {
  return db
    .select()
    .from(pushSubscriptions)
    .where(eq(pushSubscriptions.userId, userId))
    .orderBy(asc(pushSubscriptions.createdAt), asc(pushSubscriptions.id));
}

export async function hasPushDevice(db: DbExecutor, userId: string): Promise<boolean> {
  const [row] = await db.select({ id: pushSubscriptions.id }).from(pushSubscriptions).where(eq(pushSubscriptions.userId, userId)).limit(1);
  return !!row;
}

/** Holds the account's row until the transaction ends, so two registrations at once cannot both pass the device limit. */
export async function lockAccountForPushDevices(db: DbExecutor, userId: string): Promise<void> {
  await db.execute(sql`select 1 from ${users} where ${users.id} = ${userId} for update`);
}

/** The account's devices other than the one at `endpoint`. */
export async function countOtherPushDevices(db: DbExecutor, userId: string, endpoint: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(pushSubscriptions)
    .where(and(eq(pushSubscriptions.userId, userId), ne(pushSubscriptions.endpoint, endpoint)));
  return row?.n ?? 0;
}

/**
 * The device at `endpoint`, added or updated: a browser registering again (new keys, or another account signed in on
 * it) keeps one row, now the given account's and session's, with its failures forgotten.
 */
export async function upsertPushDevice(
  db: DbExecutor,
  values: { userId: string; sessionId: string; endpoint: string; p256dh: string; auth: string; label: string | null; now: Date },
): Promise<PushSubscriptionRow> {
  const { now, ...rest } = values;
  const [row] = await db
    .insert(pushSubscriptions)
    .values({ ...rest, createdAt: now })
    .onConflictDoUpdate({
      target: pushSubscriptions.endpoint,
      set: { userId: rest.userId, sessionId: rest.sessionId, p256dh: rest.p256dh, auth: rest.auth, label: rest.label, failureCount: 0 },
    })
    .returning();
  return row!;
}

export async function deletePushDeviceByEndpoint(db: DbExecutor, userId: string, endpoint: string): Promise<boolean> {
  const rows = await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.userId, userId), eq(pushSubscriptions.endpoint, endpoint)))
    .returning({ id: pushSubscriptions.id });
  return rows.length > 0;
}

export async function deletePushDeviceById(db: DbExecutor, userId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.userId, userId), eq(pushSubscriptions.id, id)))
    .returning({ id: pushSubscriptions.id });
  return rows.length > 0;
}

export async function deletePushDevicesOf(db: DbExecutor, userId: string): Promise<void> {
  await db.delete(pushSubscriptions).where(eq(pushSubscriptions.userId, userId));
}

/** A device the push service said is gone (404, 410): only if it still has the keys the push was made for. */
export async function deleteGonePushDevice(db: DbExecutor, id: string, endpoint: string): Promise<void> {
  await db.delete(pushSubscriptions).where(and(eq(pushSubscriptions.id, id), eq(pushSubscriptions.endpoint, endpoint)));
}

export async function markPushDelivered(db: DbExecutor, id: string, now: Date): Promise<void> {
  await db.update(pushSubscriptions).set({ lastUsedAt: now, failureCount: 0 }).where(eq(pushSubscriptions.id, id));
}

export async function markPushFailed(db: DbExecutor, id: string): Promise<void> {
  await db
    .update(pushSubscriptions)
    .set({ failureCount: sql`${pushSubscriptions.failureCount} + 1` })
    .where(eq(pushSubscriptions.id, id));
}
