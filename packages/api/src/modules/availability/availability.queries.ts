import { and, asc, eq, gte, sql } from 'drizzle-orm';
import { pgArray } from '../../platform/db/arrays';
import type { DbExecutor } from '../../platform/db/client';
import {
  availabilityExceptions,
  availabilitySettings,
  availabilityWindows,
  expertPresence,
  presenceConnections,
  type AvailabilityExceptionRow,
  type AvailabilitySettingsRow,
  type AvailabilityWindowRow,
} from './availability.table';

export interface StoredAvailability {
  settings: AvailabilitySettingsRow | undefined;
  windows: AvailabilityWindowRow[];
  exceptions: AvailabilityExceptionRow[];
}

export async function findAvailability(db: DbExecutor, expertId: string, exceptionsFrom: string): Promise<StoredAvailability> {
  const [[settings], windows, exceptions] = await Promise.all([
    db.select().from(availabilitySettings).where(eq(availabilitySettings.expertId, expertId)),
    db
      .select()
      .from(availabilityWindows)
      .where(eq(availabilityWindows.expertId, expertId))
      .orderBy(asc(availabilityWindows.weekday), asc(availabilityWindows.startMinute)),
    db
      .select()
      .from(availabilityExceptions)
      .where(and(eq(availabilityExceptions.expertId, expertId), gte(availabilityExceptions.date, exceptionsFrom)))
      .orderBy(asc(availabilityExceptions.date), asc(availabilityExceptions.startMinute)),
  ]);
  return { settings, windows, exceptions };
}

export async function replaceAvailability(
  db: DbExecutor,
  expertId: string,
  settings: Omit<AvailabilitySettingsRow, 'expertId' | 'updatedAt'>,
  windows: Omit<AvailabilityWindowRow, 'id' | 'expertId'>[],
  exceptions: Omit<AvailabilityExceptionRow, 'id' | 'expertId'>[],
  now: Date,
): Promise<void> {
  await db
    .insert(availabilitySettings)
    .values({ expertId, ...settings, updatedAt: now })
    .onConflictDoUpdate({ target: availabilitySettings.expertId, set: { ...settings, updatedAt: now } });
  await db.delete(availabilityWindows).where(eq(availabilityWindows.expertId, expertId));
  await db.delete(availabilityExceptions).where(eq(availabilityExceptions.expertId, expertId));
  if (windows.length) await db.insert(availabilityWindows).values(windows.map((w) => ({ ...w, expertId })));
  if (exceptions.length) await db.insert(availabilityExceptions).values(exceptions.map((e) => ({ ...e, expertId })));
}

/** Serialises bookings of one expert (daily caps are counted under it); released at commit. */
export async function lockExpertCalendar(db: DbExecutor, expertId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`calendar:${expertId}`}, 0))`);
}

// Presence

export async function findPresence(db: DbExecutor, expertId: string) {
  const [row] = await db.select().from(expertPresence).where(eq(expertPresence.expertId, expertId));
  return row;
}

export async function findPresenceOfExperts(db: DbExecutor, expertIds: readonly string[]) {
  if (!expertIds.length) return [];
  return db
    .select()
    .from(expertPresence)
    .where(sql`${expertPresence.expertId} = any(${pgArray([...expertIds], 'uuid')})`);
}

export async function setSwitch(db: DbExecutor, expertId: string, switchedOn: boolean, now: Date): Promise<void> {
  await db
    .insert(expertPresence)
    .values({ expertId, switchedOn, availableNow: false, changedAt: now })
    .onConflictDoUpdate({ target: expertPresence.expertId, set: { switchedOn } });
}

/**
 * Recomputes the effective state from the switch and live connections (seen within `staleBefore`), under a row
 * lock; returns the new state when it changed, or null.
 */
export async function refreshPresence(db: DbExecutor, expertId: string, staleBefore: Date, now: Date): Promise<boolean | null> {
  const rows = await db.execute<{ available_now: boolean }>(sql`
    with current as (select * from ${expertPresence} where expert_id = ${expertId} for update),
    computed as (
      select c.expert_id, c.switched_on and exists (
        select 1 from ${presenceConnections} p where p.expert_id = c.expert_id and p.last_seen_at >= ${staleBefore.toISOString()}::timestamptz
      ) as available_now
      from current c
    )
    update ${expertPresence} e set available_now = computed.available_now, changed_at = ${now.toISOString()}::timestamptz
    from computed where e.expert_id = computed.expert_id and e.available_now is distinct from computed.available_now
    returning e.available_now`);
  return rows[0]?.available_now ?? null;
}

export async function addConnection(db: DbExecutor, expertId: string, now: Date): Promise<string> {
  const [row] = await db.insert(presenceConnections).values({ expertId, lastSeenAt: now }).returning({ id: presenceConnections.id });
  return row!.id;
}

export async function touchConnection(db: DbExecutor, connectionId: string, now: Date): Promise<void> {
  await db.update(presenceConnections).set({ lastSeenAt: now }).where(eq(presenceConnections.id, connectionId));
}

export async function removeConnection(db: DbExecutor, connectionId: string): Promise<string | undefined> {
  const [row] = await db
    .delete(presenceConnections)
    .where(eq(presenceConnections.id, connectionId))
    .returning({ expertId: presenceConnections.expertId });
  return row?.expertId;
}

/** Deletes connections not seen since `staleBefore` (their instance died); returns the experts concerned. */
export async function removeStaleConnections(db: DbExecutor, staleBefore: Date): Promise<string[]> {
  const rows = await db.execute<{ expert_id: string }>(sql`
    delete from ${presenceConnections} where last_seen_at < ${staleBefore.toISOString()}::timestamptz returning expert_id`);
  return [...new Set(rows.map((r) => r.expert_id))];
}

/** Experts shown available whose connections all went stale (e.g. their instance stopped). */
export async function expertsAvailableWithoutLiveConnection(db: DbExecutor, staleBefore: Date): Promise<string[]> {
  const rows = await db.execute<{ expert_id: string }>(sql`
    select e.expert_id from ${expertPresence} e where e.available_now and not exists (
      select 1 from ${presenceConnections} p where p.expert_id = e.expert_id and p.last_seen_at >= ${staleBefore.toISOString()}::timestamptz)`);
  return rows.map((r) => r.expert_id);
}

/** Empties an expert's calendar and switches "available now" off (their account is deleted). */
export async function clearSchedule(db: DbExecutor, expertId: string, now: Date): Promise<void> {
  await db.delete(availabilityWindows).where(eq(availabilityWindows.expertId, expertId));
  await db.delete(availabilityExceptions).where(eq(availabilityExceptions.expertId, expertId));
  await db
    .update(expertPresence)
    .set({ switchedOn: false, availableNow: false, changedAt: now })
    .where(eq(expertPresence.expertId, expertId));
}
