/**
 * "Available now": the expert's switch, effective only while their console (a graphql-ws subscription) is connected.
 * Each console registers a connection row, refreshed every 10 seconds by the instance serving it; a closed socket
 * removes it at once, and a sweep on every instance drops connections not seen for 30 seconds (an instance that
 * died), so an expert whose browser goes away is offline within 30 seconds.
 *
 * Every change of the effective state is published (profiles and search results update their badges live),
 * re-indexed for search, and, when the expert goes offline, handed to a job that closes their waiting queue.
 */
import { inTransaction, type Context } from '../../platform/context';
import { enqueue } from '../../platform/jobs/queue';
import { requireOwnExpert } from '../experts/expert.service';
import { requestIndexing } from '../search/search.requests';
import {
  addConnection,
  expertsAvailableWithoutLiveConnection,
  findPresence,
  refreshPresence,
  removeConnection,
  removeStaleConnections,
  setSwitch,
  touchConnection,
} from './availability.queries';
import { expertWentOfflineJob } from './presence.jobs';
import type { MyPresence } from './availability.types';

export const presenceStaleAfterMs = 30_000;
export const presenceHeartbeatMs = 10_000;

export const presenceTopic = (expertId: string) => `presence:${expertId}`;

/** Recomputes an expert's effective state; publishes, re-indexes and notifies when it changed. */
export async function refreshExpertPresence(ctx: Context, expertId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const changed = await refreshPresence(tx.db, expertId, new Date(now.getTime() - presenceStaleAfterMs), now);
    if (changed === null) return;
    await tx.adapters.events.publish(tx.db, presenceTopic(expertId), { expertId, availableNow: changed });
    await requestIndexing(tx.db, [expertId]);
    if (!changed) await enqueue(tx.db, expertWentOfflineJob, { expertId });
  });
}

export async function myPresence(ctx: Context): Promise<MyPresence> {
  const expert = await requireOwnExpert(ctx);
  const row = await findPresence(ctx.db, expert.id);
  return { switchedOn: row?.switchedOn ?? false, availableNow: row?.availableNow ?? false };
}

export async function setAvailableNow(ctx: Context, available: boolean): Promise<MyPresence> {
  const expert = await requireOwnExpert(ctx);
  await setSwitch(ctx.db, expert.id, available, ctx.clock.now());
  await refreshExpertPresence(ctx, expert.id);
  return myPresence(ctx);
}

/** Whether each expert is available now (false when unknown), through the request's loader. */
export async function availableNow(ctx: Context, expertId: string): Promise<boolean> {
  return (await ctx.loaders.presenceByExpertId.load(expertId))?.availableNow ?? false;
}

/** Registers an open console; returns a handle that keeps it fresh and closes it. */
export async function openConsole(ctx: Context, expertId: string): Promise<{ close(): Promise<void> }> {
  const connectionId = await addConnection(ctx.db, expertId, ctx.clock.now());
  await refreshExpertPresence(ctx, expertId);
  const heartbeat = setInterval(() => {
    touchConnection(ctx.db, connectionId, ctx.clock.now()).catch((error) => ctx.logger.warn({ err: error }, 'presence heartbeat failed'));
  }, presenceHeartbeatMs);
  heartbeat.unref();
  return {
    close: async () => {
      clearInterval(heartbeat);
      const removed = await removeConnection(ctx.db, connectionId);
      if (removed) await refreshExpertPresence(ctx, expertId);
    },
  };
}

/** Drops connections of dead instances and turns their experts offline. Runs every few seconds on every instance. */
export async function sweepPresence(ctx: Context): Promise<void> {
  const staleBefore = new Date(ctx.clock.now().getTime() - presenceStaleAfterMs);
  const experts = new Set([
    ...(await removeStaleConnections(ctx.db, staleBefore)),
    ...(await expertsAvailableWithoutLiveConnection(ctx.db, staleBefore)),
  ]);
  for (const expertId of experts) await refreshExpertPresence(ctx, expertId);
}
