/** Reads and writes of data exports and their files. */
import { and, desc, eq } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/client';
import { dataExportFiles, dataExports, type DataExportRow } from './data-export.table';

/** Adds a REQUESTED export, or returns null when the person already has one in preparation. */
export async function insertRequestedExport(db: DbExecutor, userId: string, now: Date): Promise<DataExportRow | null> {
  const [row] = await db.insert(dataExports).values({ userId, requestedAt: now }).onConflictDoNothing().returning();
  return row ?? null;
}

export async function findRequestedExport(db: DbExecutor, userId: string): Promise<DataExportRow | undefined> {
  const [row] = await db
    .select()
    .from(dataExports)
    .where(and(eq(dataExports.userId, userId), eq(dataExports.status, 'REQUESTED')));
  return row;
}

export async function findExport(db: DbExecutor, id: string, lock = false): Promise<DataExportRow | undefined> {
  const query = db.select().from(dataExports).where(eq(dataExports.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export function latestExportsOf(db: DbExecutor, userId: string, limit: number): Promise<DataExportRow[]> {
  return db
    .select()
    .from(dataExports)
    .where(eq(dataExports.userId, userId))
    .orderBy(desc(dataExports.requestedAt), desc(dataExports.id))
    .limit(limit);
}

export async function updateExport(db: DbExecutor, id: string, changes: Partial<DataExportRow>): Promise<void> {
  await db.update(dataExports).set(changes).where(eq(dataExports.id, id));
}

export async function insertExportFile(db: DbExecutor, exportId: string, content: Buffer): Promise<void> {
  await db.insert(dataExportFiles).values({ exportId, content }).onConflictDoUpdate({ target: dataExportFiles.exportId, set: { content } });
}

export async function findExportFile(db: DbExecutor, exportId: string): Promise<Buffer | undefined> {
  const [row] = await db.select({ content: dataExportFiles.content }).from(dataExportFiles).where(eq(dataExportFiles.exportId, exportId));
  return row?.content;
}

export async function deleteExportFile(db: DbExecutor, exportId: string): Promise<void> {
  await db.delete(dataExportFiles).where(eq(dataExportFiles.exportId, exportId));
}

export async function deleteExportsOf(db: DbExecutor, userId: string): Promise<void> {
  await db.delete(dataExports).where(eq(dataExports.userId, userId));
}
