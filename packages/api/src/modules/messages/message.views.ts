/** Rows as the viewer sees them: which side they are, the other side's name, read receipts, images, proposals. */
import type { Context } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { findUser } from '../identity/identity.service';
import {
  Conversation,
  Message,
  MessageImage,
  MessageLinkCard,
  MessageProposal,
  type ConversationSide,
  type ProposalStatus,
} from './message.types';
import { imagesOf, proposalBookings, unreadIn, type Side } from './message.queries';
import type { ConversationRow, DirectMessageRow, MessageImageRow } from './message.table';

/** How long a help-now invitation can be taken. */
const helpNowOpenMs = 30 * 60_000;

/** The viewer's side in a conversation, or null when they take no part in it. */
export async function viewerSide(ctx: Context, row: ConversationRow): Promise<Side | null> {
  const viewerId = ctx.viewer?.userId;
  if (!viewerId) return null;
  if (row.userId === viewerId) return 'USER';
  const expert = await ctx.loaders.expertById.load(row.expertId);
  return expert?.userId === viewerId ? 'EXPERT' : null;
}

export async function expertUserIdOf(ctx: Context, row: ConversationRow): Promise<string> {
  const expert = await ctx.loaders.expertById.load(row.expertId);
  if (!expert) throw new AppError('NOT_FOUND', 'No such expert.');
  return expert.userId;
}

export async function toConversation(ctx: Context, row: ConversationRow, side: Side, unread?: number): Promise<Conversation> {
  const other =
    side === 'USER'
      ? ((await ctx.loaders.expertById.load(row.expertId))?.displayName ?? '')
      : ((await findUser(ctx, row.userId))?.displayName ?? '');
  return Object.assign(new Conversation(), {
    id: row.id,
    viewerSide: side as ConversationSide,
    otherName: other,
    unreadCount: unread ?? (await unreadIn(ctx.db, row, side)),
    otherReadUpTo: side === 'USER' ? row.expertReadAt : row.userReadAt,
    blockedByViewer: (side === 'USER' ? row.userBlockedAt : row.expertBlockedAt) !== null,
    blockedByOther: (side === 'USER' ? row.expertBlockedAt : row.userBlockedAt) !== null,
    lastMessageAt: row.lastMessageAt,
    createdAt: row.createdAt,
    userId: row.userId,
    expertId: row.expertId,
    viewerId: ctx.viewer?.userId ?? '',
    row,
  });
}

const imageOf = (publicUrl: string, row: MessageImageRow): MessageImage =>
  Object.assign(new MessageImage(), { id: row.id, url: `${publicUrl}/messages/images/${row.id}`, width: row.width, height: row.height });

/** Messages of one conversation as `side` sees them (images and proposal bookings read once for all). */
export async function toMessages(ctx: Context, conversation: ConversationRow, side: Side, rows: DirectMessageRow[]): Promise<Message[]> {
  const images = await imagesOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const proposals = rows.filter((r) => r.proposal?.kind === 'SLOT');
  const booked = proposals.length
    ? await proposalBookings(
        ctx.db,
        conversation.userId,
        proposals.map((r) => ({ offeringId: r.proposal!.offeringId, startsAt: r.proposal!.startsAt! })),
      )
    : new Map<string, string>();
  const otherReadAt = side === 'USER' ? conversation.expertReadAt : conversation.userReadAt;
  const now = ctx.clock.now().getTime();
  return rows.map((row) => {
    let proposal: MessageProposal | null = null;
    if (row.proposal) {
      const key = `${row.proposal.offeringId}@${row.proposal.startsAt ? new Date(row.proposal.startsAt).toISOString() : ''}`;
      const bookingId = booked.get(key) ?? null;
      const status: ProposalStatus = bookingId
        ? ('BOOKED' as ProposalStatus)
        : row.proposal.kind === 'SLOT'
          ? ((new Date(row.proposal.startsAt!).getTime() > now ? 'OPEN' : 'GONE') as ProposalStatus)
          : ((row.createdAt.getTime() + helpNowOpenMs > now ? 'OPEN' : 'GONE') as ProposalStatus);
      proposal = Object.assign(new MessageProposal(), {
        kind: row.proposal.kind,
        offeringId: row.proposal.offeringId,
        startsAt: row.proposal.startsAt ? new Date(row.proposal.startsAt) : null,
        endsAt: row.proposal.endsAt ? new Date(row.proposal.endsAt) : null,
        status,
        bookingId,
      });
    }
    return Object.assign(new Message(), {
      id: row.id,
      conversationId: row.conversationId,
      senderSide: row.senderSide as ConversationSide,
      mine: row.senderSide === side,
      body: row.body,
      images: images.filter((image) => image.messageId === row.id).map((image) => imageOf(ctx.config.publicUrl, image)),
      cards: row.cards.map((card) =>
        Object.assign(new MessageLinkCard(), {
          url: card.url,
          offeringId: card.offeringId,
          slotStartsAt: card.slotStartsAt ? new Date(card.slotStartsAt) : null,
        }),
      ),
      proposal,
      readByOther: row.senderSide === side && otherReadAt !== null && otherReadAt.getTime() >= row.createdAt.getTime(),
      createdAt: row.createdAt,
      senderId: row.senderId,
    });
  });
}
