/**
 * "Help me now": users queue for an available expert; the oldest waiting request rings, and the expert has 60
 * seconds to accept (a session starts now) or decline, or it lapses and the next one rings. Everyone waiting sees
 * their place, live. When the expert goes offline, the queue closes.
 */
import { unverifiedRefusal } from '../identity/email-verification.service';
import { z } from 'zod';
import { inTransaction, type Context, type SignedInContext } from '../../platform/context';
import { isPgError, pgErrorCodes } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { validateInput } from '../../platform/graphql/domain-error';
import { publicText } from '../../platform/text/public-text';
import { availableNow } from '../availability/presence.service';
import { isValidTimeZone } from '../../platform/time-zone';
import { bookInstantSession } from '../bookings/booking.service';
import { offeringWithExpert, requireOwnExpert } from '../experts/expert.service';
import { findHelpRequest, findWaitingRequestOf, insertHelpRequest, lockQueue, queuePosition, waitingQueue } from './help-request.queries';
import type { HelpRequestRow } from './help-request.table';
import { answerWithinMs, queueChanged } from './help-request.queue';
import { closeHelpRequest } from './help-request.transition';
import {
  ExpertNotAvailableNowError,
  HelpRequest,
  HelpRequestClosedError,
  HelpRequestSuccess,
  type AnswerHelpRequestInput,
  type AskForHelpInput,
} from './help-request.types';

/** The GraphQL shape; `position` is counted unless the caller knows it (listing the queue in order). */
async function toHelpRequest(ctx: Context, row: HelpRequestRow, knownPosition?: number): Promise<HelpRequest> {
  const waiting = row.status === 'WAITING';
  return Object.assign(new HelpRequest(), {
    ...row,
    position: waiting ? (knownPosition ?? (await queuePosition(ctx.db, row))) : null,
    answerBy: waiting && row.ringingSince ? new Date(row.ringingSince.getTime() + answerWithinMs) : null,
  });
}

const closed = () => new HelpRequestClosedError('This request is no longer waiting.');
const askSchema = z.object({
  message: publicText(z.string().trim().max(500)).optional(),
  timeZone: z.string().refine(isValidTimeZone, 'Unknown time zone.'),
});

export async function askForHelp(ctx: SignedInContext, input: AskForHelpInput) {
  const valid = validateInput(askSchema, { message: input.message ?? undefined, timeZone: input.timeZone });
  if (!valid.ok) return valid.error;
  const unverified = await unverifiedRefusal(ctx);
  if (unverified) return unverified;
  const userId = ctx.viewer.userId;
  const found = await offeringWithExpert(ctx, input.offeringId);
  if (
    !found ||
    found.offering.status !== 'PUBLISHED' ||
    found.expert.status !== 'ACTIVE' ||
    found.expert.userId === userId ||
    !(await availableNow(ctx, found.expert.id))
  ) {
    return new ExpertNotAvailableNowError('This expert is not available now. Book a slot instead.');
  }
  const expertId = found.expert.id;
  try {
    const row = await inTransaction(ctx, async (tx) => {
      await lockQueue(tx.db, expertId);
      const existing = await findWaitingRequestOf(tx.db, expertId, userId);
      if (existing) return existing;
      const created = await insertHelpRequest(tx.db, {
        expertId,
        userId,
        offeringId: found.offering.id,
        message: valid.data.message || null,
        userTimeZone: valid.data.timeZone,
        createdAt: tx.clock.now(),
      });
      await queueChanged(tx, expertId, created);
      return created;
    });
    return Object.assign(new HelpRequestSuccess(), { request: await toHelpRequest(ctx, (await findHelpRequest(ctx.db, row.id))!) });
  } catch (error) {
    if (isPgError(error, pgErrorCodes.uniqueViolation)) return askForHelp(ctx, input);
    throw error;
  }
}

export async function answerHelpRequest(ctx: Context, input: AnswerHelpRequestInput) {
  const expert = await requireOwnExpert(ctx);
  return inTransaction(ctx, async (tx) => {
    await lockQueue(tx.db, expert.id);
    const request = await findHelpRequest(tx.db, input.requestId, true);
    if (!request || request.expertId !== expert.id) throw new AppError('NOT_FOUND', 'No such request.');
    if (request.status !== 'WAITING') return closed();
    if (!input.accept)
      return Object.assign(new HelpRequestSuccess(), {
        request: await toHelpRequest(tx, (await closeHelpRequest(tx, request, 'DECLINED'))!),
      });
    const booking = await bookInstantSession(tx, {
      offeringId: request.offeringId,
      userId: request.userId,
      userTimeZone: request.userTimeZone,
    });
    if (!('id' in booking)) return booking;
    return Object.assign(new HelpRequestSuccess(), {
      request: await toHelpRequest(tx, (await closeHelpRequest(tx, request, 'ACCEPTED', booking.id))!),
    });
  });
}

export async function cancelHelpRequest(ctx: SignedInContext, requestId: string) {
  const request = await findHelpRequest(ctx.db, requestId);
  if (!request || request.userId !== ctx.viewer.userId) throw new AppError('NOT_FOUND', 'No such request.');
  return inTransaction(ctx, async (tx) => {
    await lockQueue(tx.db, request.expertId);
    const row = await closeHelpRequest(tx, (await findHelpRequest(tx.db, requestId, true))!, 'CANCELLED');
    return row ? Object.assign(new HelpRequestSuccess(), { request: await toHelpRequest(tx, row) }) : closed();
  });
}

/** The lapse job: the request rang for 60 seconds unanswered (a no-op if it was answered or rang again since). */
export async function lapseHelpRequest(ctx: Context, payload: { requestId: string; ringingSince: string }): Promise<void> {
  const request = await findHelpRequest(ctx.db, payload.requestId);
  if (!request) return;
  await inTransaction(ctx, async (tx) => {
    await lockQueue(tx.db, request.expertId);
    const current = (await findHelpRequest(tx.db, request.id, true))!;
    if (current.ringingSince?.toISOString() !== payload.ringingSince) return;
    await closeHelpRequest(tx, current, 'LAPSED');
  });
}

/** The expert went offline: everyone waiting is told, and nobody waits for nothing. */
export async function closeQueueOf(ctx: Context, expertId: string): Promise<void> {
  if (await availableNow(ctx, expertId)) return;
  await inTransaction(ctx, async (tx) => {
    await lockQueue(tx.db, expertId);
    for (const request of await waitingQueue(tx.db, expertId)) await closeHelpRequest(tx, request, 'LAPSED');
  });
}

export async function helpRequestFor(ctx: Context, requestId: string): Promise<HelpRequest | null> {
  const row = await findHelpRequest(ctx.db, requestId);
  if (!row) return null;
  const viewer = ctx.viewer;
  const expert = await ctx.loaders.expertById.load(row.expertId);
  if (!viewer || (viewer.userId !== row.userId && viewer.userId !== expert?.userId)) return null;
  return toHelpRequest(ctx, row);
}

export async function incomingHelpRequests(ctx: Context, expertId: string): Promise<HelpRequest[]> {
  return Promise.all((await waitingQueue(ctx.db, expertId)).map((row, index) => toHelpRequest(ctx, row, index + 1)));
}
