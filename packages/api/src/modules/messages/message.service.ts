/** Conversations and messages: reading them, read receipts, blocking, and the live events of each change. */
import { inTransaction, type Context, type SignedInContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { pageRequest, toConnection, type Connection, type ConnectionArgs, type PageSizeExtension } from '../../platform/graphql/connection';
import { findExpertByUserIdOrNull } from '../experts/expert.service';
import { inboxTopic, type InboxEvent } from './message.events';
import { refusalMessages } from './message.policy';
import {
  conversationPage,
  findConversation,
  findConversationOfPair,
  findMessage,
  latestMessage,
  messagePage,
  setBlocked,
  setReadMark,
  unreadTotalOf,
  type Participant,
} from './message.queries';
import type { ConversationRow } from './message.table';
import {
  ConversationSuccess,
  MessagingNotAllowedError,
  type MessagingRefusal,
  type Conversation,
  type MarkConversationReadInput,
  type Message,
  type MessagingEvent,
  type MessagingEventKind,
  type SetConversationBlockedInput,
} from './message.types';
import { expertUserIdOf, toConversation, toMessages, viewerSide } from './message.views';

export const notAllowed = (reason: keyof typeof refusalMessages) =>
  Object.assign(new MessagingNotAllowedError(refusalMessages[reason]), { reason: reason as MessagingRefusal });

export async function participantOf(ctx: Context, userId: string): Promise<Participant> {
  const expert = await findExpertByUserIdOrNull(ctx, userId);
  return { userId, expertId: expert?.id ?? null };
}

/** The conversation and the viewer's side in it, or null when the viewer takes no part in it. */
export async function ownConversation(ctx: Context, id: string) {
  const row = await findConversation(ctx.db, id).catch(() => null);
  if (!row) return null;
  const side = await viewerSide(ctx, row);
  return side ? { row, side } : null;
}

/** Tells both sides' open pages (and the partners' subscriptions) that a conversation changed. */
export async function announce(ctx: Context, row: ConversationRow, kind: InboxEvent['kind'], messageId: string | null = null) {
  const payload: InboxEvent = { kind, conversationId: row.id, messageId };
  for (const userId of [row.userId, await expertUserIdOf(ctx, row)]) {
    await ctx.adapters.events.publish(ctx.db, inboxTopic(userId), { ...payload });
  }
}

export async function myConversations(ctx: SignedInContext, args: ConnectionArgs): Promise<Connection<Conversation>> {
  const page = pageRequest(args, 2);
  const who = await participantOf(ctx, ctx.viewer.userId);
  const rows = await conversationPage(ctx.db, who, page);
  const nodes = await Promise.all(rows.map((row) => toConversation(ctx, row, row.userId === who.userId ? 'USER' : 'EXPERT', row.unread)));
  return toConnection(
    rows.map((row, i) => ({ row, node: nodes[i]! })),
    page,
    ({ row }) => [row.lastMessageAt.toISOString(), row.id],
    ({ node }) => node,
  );
}

export async function conversationFor(ctx: SignedInContext, id: string): Promise<Conversation | null> {
  const own = await ownConversation(ctx, id);
  return own ? toConversation(ctx, own.row, own.side) : null;
}

export async function conversationWithExpert(ctx: SignedInContext, expertId: string): Promise<Conversation | null> {
  const row = await findConversationOfPair(ctx.db, ctx.viewer.userId, expertId).catch(() => null);
  return row ? toConversation(ctx, row, 'USER') : null;
}

export async function unreadTotal(ctx: SignedInContext): Promise<number> {
  return unreadTotalOf(ctx.db, await participantOf(ctx, ctx.viewer.userId));
}

export async function lastMessageOf(ctx: Context, conversation: Conversation): Promise<Message | null> {
  const row = await latestMessage(ctx.db, conversation.id);
  return row ? (await toMessages(ctx, conversation.row, conversation.viewerSide, [row]))[0]! : null;
}

/** A thread's page: messages carry images, link cards and proposals, so a page holds at most 50 (the cost limit counts so). */
export const messagePageSize: PageSizeExtension = { maxPageSize: 50 };

export async function messagesOf(ctx: Context, conversation: Conversation, args: ConnectionArgs): Promise<Connection<Message>> {
  const page = pageRequest(args, 2, messagePageSize.maxPageSize);
  const rows = await messagePage(ctx.db, conversation.id, page);
  const nodes = await toMessages(ctx, conversation.row, conversation.viewerSide, rows);
  return toConnection(
    rows.map((row, i) => ({ row, node: nodes[i]! })),
    page,
    ({ row }) => [row.createdAt.toISOString(), row.id],
    ({ node }) => node,
  );
}

export async function markConversationRead(ctx: SignedInContext, input: MarkConversationReadInput) {
  const own = await ownConversation(ctx, input.conversationId);
  if (!own) return notAllowed('NOT_FOUND');
  const row = await inTransaction(ctx, async (tx) => {
    const updated = await setReadMark(tx.db, own.row.id, own.side, tx.clock.now());
    await announce(tx, updated, 'READ');
    return updated;
  });
  return Object.assign(new ConversationSuccess(), { conversation: await toConversation(ctx, row, own.side) });
}

export async function setConversationBlocked(ctx: SignedInContext, input: SetConversationBlockedInput) {
  const own = await ownConversation(ctx, input.conversationId);
  if (!own) return notAllowed('NOT_FOUND');
  const row = await inTransaction(ctx, async (tx) => {
    const updated = await setBlocked(tx.db, own.row.id, own.side, input.blocked ? tx.clock.now() : null);
    await announce(tx, updated, 'BLOCK');
    return updated;
  });
  return Object.assign(new ConversationSuccess(), { conversation: await toConversation(ctx, row, own.side) });
}

/** Whether the expert blocked the user in their conversation (then the user cannot book them either). */
export async function expertBlockedUser(ctx: Context, expertId: string, userId: string): Promise<boolean> {
  const row = await findConversationOfPair(ctx.db, userId, expertId);
  return row?.expertBlockedAt != null;
}

export async function messagingEventFor(ctx: SignedInContext, event: InboxEvent): Promise<MessagingEvent> {
  const own = await ownConversation(ctx, event.conversationId);
  if (!own) throw new AppError('NOT_FOUND', 'No such conversation.');
  const message = event.messageId ? await findMessage(ctx.db, event.messageId) : null;
  return {
    kind: event.kind as MessagingEventKind,
    conversation: await toConversation(ctx, own.row, own.side),
    message: message ? (await toMessages(ctx, own.row, own.side, [message]))[0]! : null,
    unreadTotal: await unreadTotal(ctx),
  };
}
