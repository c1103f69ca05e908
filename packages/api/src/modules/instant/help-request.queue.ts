/** An expert's queue of "help me now" requests: its live topics, and what follows each change to it. */
import type { Context } from '../../platform/context';
import { enqueue } from '../../platform/jobs/queue';
import { updateHelpRequest, waitingQueue } from './help-request.queries';
import type { HelpRequestRow } from './help-request.table';
import { helpRequestLapseJob } from './help-request.jobs';
import { offeringWithExpert } from '../experts/expert.service';
import { queuePush } from '../notifications/push.send';

export const answerWithinMs = 60_000;
export const queueTopic = (expertId: string) => `help-queue:${expertId}`;
export const requestTopic = (requestId: string) => `help-request:${requestId}`;

/** After a change to the queue (inside its transaction): ring the oldest request if none rings, and tell everyone. */
export async function queueChanged(ctx: Context, expertId: string, changed: HelpRequestRow | null): Promise<void> {
  const [head] = await waitingQueue(ctx.db, expertId);
  if (head && !head.ringingSince) {
    const now = ctx.clock.now();
    await updateHelpRequest(ctx.db, head.id, { ringingSince: now });
    await enqueue(
      ctx.db,
      helpRequestLapseJob,
      { requestId: head.id, ringingSince: now.toISOString() },
      { runAt: new Date(now.getTime() + answerWithinMs) },
    );
    await pushToExpert(ctx, head);
  }
  await ctx.adapters.events.publish(ctx.db, queueTopic(expertId), {});
  if (changed) await ctx.adapters.events.publish(ctx.db, requestTopic(changed.id), {});
}

/** The ringing request reaches the expert's phone too, with Accept and Decline (the offering only: no name, no message). */
async function pushToExpert(ctx: Context, request: HelpRequestRow): Promise<void> {
  const found = await offeringWithExpert(ctx, request.offeringId);
  if (!found) return;
  await queuePush(ctx, found.expert.userId, `help-request:${request.id}`, {
    kind: 'HELP_NOW_REQUESTS',
    helpRequestId: request.id,
    offering: found.offering.title,
  });
}
