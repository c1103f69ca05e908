/** What instant help keeps about a person: their "help me now" requests in the export, and their erasure. */
import type { Context } from '../../platform/context';
import { eraseHelpRequestsOf, helpRequestsOfUser } from './help-request.queries';

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

export async function forgetHelpRequests(tx: Context, userId: string): Promise<void> {
  await eraseHelpRequestsOf(tx.db, userId, tx.clock.now());
}
