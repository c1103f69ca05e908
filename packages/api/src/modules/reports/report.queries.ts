/** Reads and writes of content reports. */
import { and, asc, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/client';
import { keysetAfter } from '../../platform/db/keyset';
import type { PageRequest } from '../../platform/graphql/connection';
import {
  contentReports,
  reportMessageContexts,
  reportWorkspaceSnapshots,
  type ReportedMessageLine,
  type ReportRow,
  type ReportWorkspaceSnapshotRow,
} from './report.table';

export async function insertReport(db: DbExecutor, values: typeof contentReports.$inferInsert): Promise<ReportRow | null> {
  const [row] = await db.insert(contentReports).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function findReport(db: DbExecutor, id: string, lock = false): Promise<ReportRow | undefined> {
  const query = db.select().from(contentReports).where(eq(contentReports.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Closes every open report of one target with the same decision. */
export async function decideOpenReports(
  db: DbExecutor,
  target: Pick<ReportRow, 'kind' | 'targetId'>,
  decision: Pick<ReportRow, 'status' | 'decidedBy' | 'decidedAt' | 'decisionNote'>,
) {
  return db
    .update(contentReports)
    .set(decision)
    .where(and(eq(contentReports.kind, target.kind), eq(contentReports.targetId, target.targetId), eq(contentReports.status, 'OPEN')))
    .returning();
}

export function listReports(db: DbExecutor, status: ReportRow['status'], page: PageRequest): Promise<ReportRow[]> {
  const columns = [contentReports.createdAt, contentReports.id];
  return db
    .select()
    .from(contentReports)
    .where(and(eq(contentReports.status, status), keysetAfter(columns, page.after, 'asc')))
    .orderBy(asc(contentReports.createdAt), asc(contentReports.id))
    .limit(page.limit);
}

/** Reports a person filed, oldest first: for their data export. */
export function reportsFiledBy(db: DbExecutor, reporterId: string): Promise<ReportRow[]> {
  return db.select().from(contentReports).where(eq(contentReports.reporterId, reporterId)).orderBy(asc(contentReports.createdAt));
}

export async function insertWorkspaceSnapshot(db: DbExecutor, values: ReportWorkspaceSnapshotRow): Promise<void> {
  await db.insert(reportWorkspaceSnapshots).values(values);
}

export async function findWorkspaceSnapshot(db: DbExecutor, reportId: string): Promise<ReportWorkspaceSnapshotRow | undefined> {
  const [row] = await db.select().from(reportWorkspaceSnapshots).where(eq(reportWorkspaceSnapshots.reportId, reportId));
  return row;
}

export async function insertMessageContext(db: DbExecutor, reportId: string, lines: ReportedMessageLine[]): Promise<void> {
  await db.insert(reportMessageContexts).values({ reportId, lines });
}

export async function findMessageContext(db: DbExecutor, reportId: string): Promise<ReportedMessageLine[] | null> {
  const [row] = await db.select().from(reportMessageContexts).where(eq(reportMessageContexts.reportId, reportId));
  return row?.lines ?? null;
}
