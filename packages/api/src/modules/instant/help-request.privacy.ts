/** What instant help keeps about a person: their "help me now" requests in the export, and their erasure. */
import type { Context } from '../../platform/context';
import { eraseHelpRequestMessagesOf, findHelpRequest, helpRequestsOfUser, lockQueue, waitingRequestsOfUser } from './help-request.queries';
import { closeHelpRequest } from './help-request.transition';

export async function helpRequestsDataOf(ctx: Context, userId: string) {
  return (await helpRequestsOfUser(ctx.db, userId)).map((r) => ({
    expertId: r.expertId,
    offeringId: r.offeringId,
    status: r.status,
    message: r.message,
    bookingId: r.bookingId,
    createdAt: r.createdAt,
    decidedAt: r.decidedAt,
  }));
}

/** Inside the erasure's transaction: requests still waiting are cancelled (their queue moves on), then all lose their message. */
export async function forgetHelpRequests(tx: Context, userId: string): Promise<void> {
  for (const waiting of await waitingRequestsOfUser(tx.db, userId)) {
    await lockQueue(tx.db, waiting.expertId);
    const current = await findHelpRequest(tx.db, waiting.id, true);
    if (current) await closeHelpRequest(tx, current, 'CANCELLED');
  }
  await eraseHelpRequestMessagesOf(tx.db, userId);
}
