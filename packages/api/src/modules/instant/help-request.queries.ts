import { and, asc, eq, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/client';
import { helpRequests, type HelpRequestRow } from './help-request.table';

export async function insertHelpRequest(db: DbExecutor, values: typeof helpRequests.$inferInsert): Promise<HelpRequestRow> {
  const [row] = await db.insert(helpRequests).values(values).returning();
  return row!;
}

export async function findHelpRequest(db: DbExecutor, id: string, forUpdate = false): Promise<HelpRequestRow | undefined> {
  const query = db.select().from(helpRequests).where(eq(helpRequests.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function findWaitingRequestOf(db: DbExecutor, expertId: string, userId: string): Promise<HelpRequestRow | undefined> {
  const [row] = await db
    .select()
    .from(helpRequests)
    .where(and(eq(helpRequests.expertId, expertId), eq(helpRequests.userId, userId), eq(helpRequests.status, 'WAITING')));
  return row;
}

/** Columns other than the status, which only the gate writes (help-request.transition.ts). */
export type HelpRequestPatch = Omit<Partial<typeof helpRequests.$inferInsert>, 'status' | 'id'>;

export async function updateHelpRequest(db: DbExecutor, id: string, values: HelpRequestPatch): Promise<HelpRequestRow> {
  const [row] = await db.update(helpRequests).set(values).where(eq(helpRequests.id, id)).returning();
  return row!;
}

/** The expert's waiting requests, first come first served. */
export async function waitingQueue(db: DbExecutor, expertId: string): Promise<HelpRequestRow[]> {
  return db
    .select()
    .from(helpRequests)
    .where(and(eq(helpRequests.expertId, expertId), eq(helpRequests.status, 'WAITING')))
    .orderBy(asc(helpRequests.createdAt), asc(helpRequests.id));
}

/** 1 + the number of requests waiting ahead of this one. */
export async function queuePosition(db: DbExecutor, request: HelpRequestRow): Promise<number> {
  const [row] = await db.execute<{ ahead: number }>(sql`
    select count(*)::int as ahead from ${helpRequests}
    where expert_id = ${request.expertId} and status = 'WAITING'
      and (created_at, id) < (${request.createdAt.toISOString()}::timestamptz, ${request.id}::uuid)`);
  return row!.ahead + 1;
}

/** Serialises changes to one expert's queue; released at commit. */
export async function lockQueue(db: DbExecutor, expertId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`help-queue:${expertId}`}, 0))`);
}

/** Every "help me now" request a person made, oldest first: for their data export. */
export function helpRequestsOfUser(db: DbExecutor, userId: string): Promise<HelpRequestRow[]> {
  return db.select().from(helpRequests).where(eq(helpRequests.userId, userId)).orderBy(asc(helpRequests.createdAt));
}

/** A deleted account's requests lose their message (those still waiting are cancelled through the gate first). */
export async function eraseHelpRequestMessagesOf(db: DbExecutor, userId: string): Promise<void> {
  await db.update(helpRequests).set({ message: null }).where(eq(helpRequests.userId, userId));
}

/** The person's requests still waiting, in any expert's queue. */
export function waitingRequestsOfUser(db: DbExecutor, userId: string): Promise<HelpRequestRow[]> {
  return db
    .select()
    .from(helpRequests)
    .where(and(eq(helpRequests.userId, userId), eq(helpRequests.status, 'WAITING')));
}
