/**
 * Asking for search to catch up: a writer marks the experts it changed as pending, in its own transaction, and queues
 * the drain (`search.indexer.ts`), which reads them later. Kept apart from the drain so that writers (experts,
 * reviews, presence) do not import what the drain reads.
 */
import type { DbExecutor } from '../../platform/db/client';
import { z } from 'zod';
import { defineJob } from '../../platform/jobs/job-definition';
import { enqueue } from '../../platform/jobs/queue';
import { markPending } from './postgres-search.queries';

/** Pushes pending experts to the search engine (and every minute, to catch up after an outage). */
export const drainSearchIndexJob = defineJob({
  id: 'search:drain',
  schema: z.object({}),
  handler: async () => {
    const { drainSearchIndex } = await import('./search.indexer.js');
    return async (ctx) => {
      await drainSearchIndex(ctx);
    };
  },
});
export const drainCrontab = `* * * * * ${drainSearchIndexJob.id} ?jobKey=${drainSearchIndexJob.id}`;

/** Call inside the transaction that changed these experts. */
export async function requestIndexing(db: DbExecutor, expertIds: string[]): Promise<void> {
  if (!expertIds.length) return;
  await markPending(db, expertIds);
  await enqueue(db, drainSearchIndexJob, {}, { jobKey: drainSearchIndexJob.id });
}
