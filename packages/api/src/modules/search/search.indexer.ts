/**
 * Keeping search in step with the data. A change marks the expert pending in its own transaction and queues a drain
 * job; the job pushes pending experts to the engine and clears them only once the engine took them. If the engine is
 * down the job fails and is retried, and a drain every minute catches up once it is back: nothing is lost.
 */
import { inTransaction, type Context } from '../../platform/context';
import { activeExpertIds, searchDocumentsFor } from '../experts/expert.search';
import { claimPending, countPending, markPending, releasePending } from './postgres-search.queries';

const batchSize = 200;

/** Pushes every pending expert to the engine; returns how many were handled. Throws (keeping them pending) if the engine fails. */
export async function drainSearchIndex(ctx: Context): Promise<number> {
  let handled = 0;
  for (;;) {
    const count = await inTransaction(ctx, async (tx) => {
      const claimed = await claimPending(tx.db, batchSize);
      if (!claimed.length) return 0;
      const { documents, hidden } = await searchDocumentsFor(
        tx,
        claimed.map((c) => c.expertId),
      );
      await tx.adapters.search.upsert(documents);
      await tx.adapters.search.remove(hidden);
      await releasePending(tx.db, claimed);
      return claimed.length;
    });
    if (count === 0) return handled;
    handled += count;
  }
}

/** How long `reindexAll` waits for drains running elsewhere to finish what they took. */
const settleWithinMs = 30_000;

/**
 * Rebuilds the whole index: forgets everything, then indexes every active expert; returns how many. A drain running
 * meanwhile elsewhere (the minute's crontab, another instance) may hold some of them (SKIP LOCKED): this returns once
 * none is pending any more, or after `settleWithinMs` on a catalogue that keeps changing.
 */
export async function reindexAll(ctx: Context): Promise<number> {
  await ctx.adapters.search.removeAll();
  const expertIds = await activeExpertIds(ctx);
  await markPending(ctx.db, expertIds);
  await drainSearchIndex(ctx);
  const giveUpAt = Date.now() + settleWithinMs;
  while ((await countPending(ctx.db)) > 0 && Date.now() < giveUpAt) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    await drainSearchIndex(ctx);
  }
  return expertIds.length;
}

export function pendingIndexUpdates(ctx: Context): Promise<number> {
  return countPending(ctx.db);
}
