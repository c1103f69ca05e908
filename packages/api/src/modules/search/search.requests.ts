/**
 * Asking for search to catch up: a writer marks the experts it changed as pending, in its own transaction, and queues
 * the drain (`search.indexer.ts`), which reads them later. Kept apart from the drain so that writers (experts,
 * reviews, presence) do not import what the drain reads.
 */
import type { DbExecutor } from '../../platform/db/client';
import { enqueue } from '../../platform/jobs/queue';
import { markPending } from './postgres-search.queries';

export const drainTask = 'search:drain';
export const drainCrontab = `* * * * * ${drainTask} ?jobKey=${drainTask}`;

/** Call inside the transaction that changed these experts. */
export async function requestIndexing(db: DbExecutor, expertIds: string[]): Promise<void> {
  if (!expertIds.length) return;
  await markPending(db, expertIds);
  await enqueue(db, drainTask, {}, { jobKey: drainTask });
}
