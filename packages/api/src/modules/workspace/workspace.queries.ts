/** The SQL of the workspace: compacted documents and the log of updates not yet compacted. */
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/client';
import { workspaceDocuments, workspaceUpdates, type WorkspaceKind } from './workspace.table';

export interface DocumentKey {
  bookingId: string;
  kind: WorkspaceKind;
}

export interface StoredDocument {
  state: Buffer | null;
  version: number;
  updatedAt: Date | null;
  /** Logged updates after the stored state, oldest first. */
  updates: { id: number; update: Buffer }[];
}

const sameDocument = (key: DocumentKey) => and(eq(workspaceDocuments.bookingId, key.bookingId), eq(workspaceDocuments.kind, key.kind));
const sameLog = (key: DocumentKey) => and(eq(workspaceUpdates.bookingId, key.bookingId), eq(workspaceUpdates.kind, key.kind));

/** The stored state and the updates logged after it; `lock` holds the document's row for a compaction. */
export async function readDocument(db: DbExecutor, key: DocumentKey, lock = false): Promise<StoredDocument> {
  const query = db
    .select({ state: workspaceDocuments.state, version: workspaceDocuments.version, updatedAt: workspaceDocuments.updatedAt })
    .from(workspaceDocuments)
    .where(sameDocument(key));
  const [row] = lock ? await query.for('update') : await query;
  const updates = await db
    .select({ id: workspaceUpdates.id, update: workspaceUpdates.update, createdAt: workspaceUpdates.createdAt })
    .from(workspaceUpdates)
    .where(sameLog(key))
    .orderBy(asc(workspaceUpdates.id));
  const lastLogged = updates.at(-1)?.createdAt ?? null;
  const updatedAt = [row?.updatedAt ?? null, lastLogged].reduce<Date | null>((a, b) => (!a ? b : !b ? a : a > b ? a : b), null);
  return { state: row?.state ?? null, version: row?.version ?? 0, updatedAt, updates };
}

/** Appends updates to the log (one statement for a batch); resolves once they are committed. */
export async function appendUpdates(db: DbExecutor, rows: (DocumentKey & { update: Uint8Array })[], now: Date): Promise<number[]> {
  const inserted = await db
    .insert(workspaceUpdates)
    .values(rows.map((r) => ({ bookingId: r.bookingId, kind: r.kind, update: Buffer.from(r.update), createdAt: now })))
    .returning({ id: workspaceUpdates.id });
  return inserted.map((r) => r.id);
}

export async function updateById(db: DbExecutor, id: number): Promise<Buffer | null> {
  const [row] = await db.select({ update: workspaceUpdates.update }).from(workspaceUpdates).where(eq(workspaceUpdates.id, id));
  return row?.update ?? null;
}

/** Makes sure the document has a row to lock (a first store). */
export async function ensureDocumentRow(db: DbExecutor, key: DocumentKey, emptyState: Uint8Array, now: Date): Promise<void> {
  await db
    .insert(workspaceDocuments)
    .values({ ...key, state: Buffer.from(emptyState), sizeBytes: emptyState.byteLength, version: 0, updatedAt: now })
    .onConflictDoNothing();
}

/** Writes the compacted state and drops the log entries it includes (those up to `upToId`). */
export async function writeCompacted(
  db: DbExecutor,
  key: DocumentKey,
  state: Uint8Array,
  upToId: number | null,
  now: Date,
): Promise<number> {
  const [row] = await db
    .update(workspaceDocuments)
    .set({ state: Buffer.from(state), sizeBytes: state.byteLength, version: sql`${workspaceDocuments.version} + 1`, updatedAt: now })
    .where(sameDocument(key))
    .returning({ version: workspaceDocuments.version });
  if (upToId !== null) await db.delete(workspaceUpdates).where(and(sameLog(key), lte(workspaceUpdates.id, upToId)));
  return row!.version;
}

/** The bookings among `bookingIds` that have a workspace (stored or only logged). */
export async function bookingsWithWorkspace(db: DbExecutor, bookingIds: string[]): Promise<string[]> {
  if (bookingIds.length === 0) return [];
  const stored = await db
    .selectDistinct({ bookingId: workspaceDocuments.bookingId })
    .from(workspaceDocuments)
    .where(inArray(workspaceDocuments.bookingId, bookingIds));
  const logged = await db
    .selectDistinct({ bookingId: workspaceUpdates.bookingId })
    .from(workspaceUpdates)
    .where(inArray(workspaceUpdates.bookingId, bookingIds));
  return [...new Set([...stored, ...logged].map((r) => r.bookingId))];
}
