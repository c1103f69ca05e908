/**
 * The one gate through which a help request's status changes (like bookings' `transitionBooking`): it checks the
 * transitions table, writes only if the request is still where the caller saw it, and tells the queue, all in the
 * caller's transaction (which holds the queue's lock). Other writes cannot set `status`: `updateHelpRequest`'s
 * patch leaves it out, and the lint refuses it.
 */
import type { Context } from '../../platform/context';
import { writeHelpRequestStatus } from './help-request-status.queries';
import { queueChanged } from './help-request.queue';
import { canMoveHelpRequest } from './help-request.state';
import type { HelpRequestRow, HelpRequestStatus } from './help-request.table';

/** Ends `request` with `to`; null when the table refuses it or the request moved meanwhile (nothing is written). */
export async function closeHelpRequest(
  ctx: Context,
  request: HelpRequestRow,
  to: HelpRequestStatus,
  bookingId: string | null = null,
): Promise<HelpRequestRow | null> {
  if (!canMoveHelpRequest(request.status, to)) return null;
  const row = await writeHelpRequestStatus(ctx.db, request.id, request.status, to, { decidedAt: ctx.clock.now(), bookingId });
  if (!row) return null;
  await queueChanged(ctx, request.expertId, row);
  return row;
}
