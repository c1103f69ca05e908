/**
 * Sending a message or a proposal: who may write (`writeRefusal`, the one policy), the contact filter on the text,
 * the limits (new conversations per day, messages per minute, on the shared Postgres limiter), then one transaction:
 * the conversation (opened if new), the message, its images, the live events, the webhook and the mail notice.
 */
import { z } from 'zod';
import { inTransaction, type Context, type SignedInContext } from '../../platform/context';
import { validateInput, InvalidInputError, FieldErrorCode } from '../../platform/graphql/domain-error';
import { availableNow } from '../availability/presence.service';
import { slotsFor, isBookable } from '../bookings/slots.service';
import { findExpertByUserIdOrNull, offeringBySlugs, offeringWithExpert } from '../experts/expert.service';
import { unverifiedRefusal } from '../identity/email-verification.service';
import { RateLimitedError } from '../identity/identity.types';
import { emitWebhookEvent } from '../partners/webhook.events';
import { queueMessageNotice } from './message.notices';
import { findOwnLinks, messageBodySchema, sendMessageSchema, writeRefusal, type Side } from './message.policy';
import { attachImages, findConversationOfPair, hasBookedWith, insertMessage, openConversation } from './message.queries';
import type { ConversationRow, StoredCard, StoredProposal } from './message.table';
import { SendMessageSuccess, ProposalNotPossibleError, type SendMessageInput, type SendProposalInput } from './message.types';
import { announce, notAllowed, ownConversation } from './message.service';
import { toConversation, toMessages } from './message.views';

interface Target {
  side: Side;
  userId: string;
  expertId: string;
  conversation: ConversationRow | null;
}

/** Where the message goes and from which side, or why the viewer may not write there. */
async function resolveTarget(ctx: SignedInContext, input: { conversationId?: string; expertId?: string; userId?: string }) {
  const viewerId = ctx.viewer.userId;
  let target: Target;
  if (input.conversationId) {
    const own = await ownConversation(ctx, input.conversationId);
    if (!own) return notAllowed('NOT_FOUND');
    target = { side: own.side, userId: own.row.userId, expertId: own.row.expertId, conversation: own.row };
  } else if (input.expertId) {
    const expert = await ctx.loaders.expertById.load(input.expertId);
    if (!expert) return notAllowed('NOT_FOUND');
    if (expert.userId === viewerId) return notAllowed('OWN_PROFILE');
    target = {
      side: 'USER',
      userId: viewerId,
      expertId: expert.id,
      conversation: await findConversationOfPair(ctx.db, viewerId, expert.id),
    };
  } else {
    const expert = await findExpertByUserIdOrNull(ctx, viewerId);
    if (!expert) return notAllowed('EXPERT_FIRST_CONTACT');
    if (input.userId === viewerId) return notAllowed('OWN_PROFILE');
    if (!(await ctx.loaders.userById.load(input.userId!))) return notAllowed('NOT_FOUND');
    target = {
      side: 'EXPERT',
      userId: input.userId!,
      expertId: expert.id,
      conversation: await findConversationOfPair(ctx.db, input.userId!, expert.id),
    };
  }
  const expert = await ctx.loaders.expertById.load(target.expertId);
  const unverified = await unverifiedRefusal(ctx);
  const refusal = writeRefusal({
    side: target.side,
    self: expert?.userId === target.userId,
    verified: unverified === null,
    expertActive: expert?.status === 'ACTIVE',
    conversationExists: target.conversation !== null,
    blocked: target.conversation !== null && (target.conversation.userBlockedAt !== null || target.conversation.expertBlockedAt !== null),
    bookedBefore: target.side === 'EXPERT' && !target.conversation ? await hasBookedWith(ctx.db, target.userId, target.expertId) : false,
  });
  if (refusal === 'UNVERIFIED') return unverified!;
  if (refusal) return notAllowed(refusal);
  return target;
}

const rateLimited = (seconds: number) =>
  Object.assign(new RateLimitedError(`Too many messages. Try again in ${seconds} seconds.`), { retryAfterSeconds: seconds });

/** The flood limit for every message, and the daily limit for opening a conversation. */
async function overLimit(ctx: Context, viewerId: string, opensConversation: boolean): Promise<RateLimitedError | null> {
  if (opensConversation) {
    const day = await ctx.adapters.limiters.newConversations.consume(viewerId);
    if (!day.allowed) return rateLimited(day.resetSeconds);
  }
  const flood = await ctx.adapters.limiters.messages.consume(viewerId);
  return flood.allowed ? null : rateLimited(flood.resetSeconds);
}

/** Links to Skillcall offerings (and slots) in the text, as cards; links to offerings not published are left as text. */
async function cardsIn(ctx: Context, body: string): Promise<StoredCard[]> {
  const cards: StoredCard[] = [];
  for (const link of findOwnLinks(body, ctx.config.publicUrl)) {
    const offering = await offeringBySlugs({ ...ctx, viewer: null }, link.expertSlug, link.offeringSlug);
    if (offering) cards.push({ url: link.url, offeringId: offering.id, slotStartsAt: link.slotStartsAt?.toISOString() ?? null });
  }
  return cards;
}

async function deliver(
  ctx: SignedInContext,
  target: Target,
  message: { body: string; cards: StoredCard[]; proposal: StoredProposal | null; imageIds: string[] },
) {
  const result = await inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const conversation =
      target.conversation ??
      (await openConversation(tx.db, { userId: target.userId, expertId: target.expertId, startedBy: target.side, at: now })).row;
    const row = await insertMessage(tx.db, {
      conversationId: conversation.id,
      senderSide: target.side,
      senderId: ctx.viewer.userId,
      at: now,
      ...message,
    });
    if (message.imageIds.length && (await attachImages(tx.db, ctx.viewer.userId, row.id, message.imageIds)) !== message.imageIds.length) {
      throw new ImagesGone();
    }
    const updated = { ...conversation, lastMessageAt: now, ...(target.side === 'USER' ? { userReadAt: now } : { expertReadAt: now }) };
    await announce(tx, updated, 'MESSAGE', row.id);
    const expertUserId = (await tx.loaders.expertById.load(updated.expertId))!.userId;
    await emitWebhookEvent(tx, 'MESSAGE_CREATED', [updated.userId, expertUserId], async (ownerId) => ({
      message: {
        id: row.id,
        conversationId: row.conversationId,
        senderSide: row.senderSide,
        body: row.body,
        createdAt: row.createdAt.toISOString(),
        role: ownerId === updated.userId ? 'USER' : 'EXPERT',
      },
    }));
    await queueMessageNotice(tx, updated, target.side === 'USER' ? expertUserId : updated.userId);
    return { conversation: updated, row };
  }).catch((error: unknown) => {
    if (error instanceof ImagesGone) return null;
    throw error;
  });
  if (!result)
    return InvalidInputError.field('imageIds', FieldErrorCode.EXPIRED_OR_UNKNOWN, 'An image is unknown or already sent: upload it again.');
  const [sent] = await toMessages(ctx, result.conversation, target.side, [result.row]);
  return Object.assign(new SendMessageSuccess(), {
    sent: sent!,
    conversation: await toConversation(ctx, result.conversation, target.side),
  });
}

class ImagesGone extends Error {}

export async function sendMessage(ctx: SignedInContext, input: SendMessageInput) {
  const valid = validateInput(sendMessageSchema(ctx.config.publicUrl, Boolean(input.imageIds?.length)), input);
  if (!valid.ok) return valid.error;
  const target = await resolveTarget(ctx, valid.data);
  if (!('side' in target)) return target;
  const limited = await overLimit(ctx, ctx.viewer.userId, target.conversation === null);
  if (limited) return limited;
  return deliver(ctx, target, {
    body: valid.data.body,
    cards: await cardsIn(ctx, valid.data.body),
    proposal: null,
    imageIds: valid.data.imageIds ?? [],
  });
}

const proposalSchema = (publicUrl: string) =>
  z.object({
    conversationId: z.uuid(),
    offeringId: z.uuid(),
    kind: z.enum(['SLOT', 'HELP_NOW']),
    startsAt: z.date().optional(),
    body: messageBodySchema(publicUrl, false).optional(),
  });

/** The expert proposes one of their open slots (or help now while available) for one of their offerings. */
export async function sendProposal(ctx: SignedInContext, input: SendProposalInput) {
  const valid = validateInput(proposalSchema(ctx.config.publicUrl), input);
  if (!valid.ok) return valid.error;
  const target = await resolveTarget(ctx, { conversationId: valid.data.conversationId });
  if (!('side' in target)) return target;
  if (target.side !== 'EXPERT') return notAllowed('NOT_FOUND');
  const found = await offeringWithExpert(ctx, valid.data.offeringId);
  if (!found || found.expert.id !== target.expertId || !isBookable(found.offering, found.expert)) {
    return new ProposalNotPossibleError('Propose one of your published offerings.');
  }
  let proposal: StoredProposal;
  if (valid.data.kind === 'SLOT') {
    const start = valid.data.startsAt;
    if (!start) return InvalidInputError.field('startsAt', FieldErrorCode.REQUIRED, 'Pick one of your open slots.');
    const { slots } = await slotsFor(ctx, found.expert, found.offering, start, new Date(start.getTime() + 60_000));
    const slot = slots.find((s) => s.start.getTime() === start.getTime());
    if (!slot) return new ProposalNotPossibleError('This time is not one of your open slots.');
    proposal = { kind: 'SLOT', offeringId: found.offering.id, startsAt: slot.start.toISOString(), endsAt: slot.end.toISOString() };
  } else {
    if (!(await availableNow(ctx, found.expert.id)))
      return new ProposalNotPossibleError('Switch on “available now” to invite for help now.');
    proposal = { kind: 'HELP_NOW', offeringId: found.offering.id, startsAt: null, endsAt: null };
  }
  const limited = await overLimit(ctx, ctx.viewer.userId, false);
  if (limited) return limited;
  return deliver(ctx, target, { body: valid.data.body ?? '', cards: [], proposal, imageIds: [] });
}
