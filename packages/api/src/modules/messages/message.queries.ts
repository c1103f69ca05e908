/** The SQL of conversations and messages. */
import { and, asc, desc, eq, gt, inArray, isNull, ne, notInArray, or, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/client';
import { keysetAfter } from '../../platform/db/keyset';
import type { PageRequest } from '../../platform/graphql/connection';
import { bookings } from '../bookings/booking.table';
import {
  conversations,
  directMessages,
  messageImages,
  type ConversationRow,
  type DirectMessageRow,
  type MessageImageRow,
  type StoredCard,
  type StoredProposal,
} from './message.table';

export type Side = 'USER' | 'EXPERT';

export async function findConversation(db: DbExecutor, id: string): Promise<ConversationRow | null> {
  const [row] = await db.select().from(conversations).where(eq(conversations.id, id));
  return row ?? null;
}

export async function findConversationOfPair(db: DbExecutor, userId: string, expertId: string): Promise<ConversationRow | null> {
  const [row] = await db
    .select()
    .from(conversations)
    .where(and(eq(conversations.userId, userId), eq(conversations.expertId, expertId)));
  return row ?? null;
}

/** The pair's conversation, created if it does not exist yet (a concurrent creation wins and is returned). */
export async function openConversation(
  db: DbExecutor,
  pair: { userId: string; expertId: string; startedBy: Side; at: Date },
): Promise<{ row: ConversationRow; created: boolean }> {
  const [created] = await db
    .insert(conversations)
    .values({ userId: pair.userId, expertId: pair.expertId, startedBy: pair.startedBy, lastMessageAt: pair.at, createdAt: pair.at })
    .onConflictDoNothing()
    .returning();
  if (created) return { row: created, created: true };
  return { row: (await findConversationOfPair(db, pair.userId, pair.expertId))!, created: false };
}

/** Whether the user ever booked the expert (any booking that was not just an unpaid hold). */
export async function hasBookedWith(db: DbExecutor, userId: string, expertId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: bookings.id })
    .from(bookings)
    .where(and(eq(bookings.userId, userId), eq(bookings.expertId, expertId), ne(bookings.status, 'EXPIRED')))
    .limit(1);
  return row !== undefined;
}

export async function insertMessage(
  db: DbExecutor,
  message: {
    conversationId: string;
    senderSide: Side;
    senderId: string;
    body: string;
    cards: StoredCard[];
    proposal: StoredProposal | null;
    at: Date;
  },
): Promise<DirectMessageRow> {
  const [row] = await db
    .insert(directMessages)
    .values({
      conversationId: message.conversationId,
      senderSide: message.senderSide,
      senderId: message.senderId,
      body: message.body,
      cards: message.cards,
      proposal: message.proposal,
      createdAt: message.at,
    })
    .returning();
  const readColumn = message.senderSide === 'USER' ? { userReadAt: message.at } : { expertReadAt: message.at };
  await db
    .update(conversations)
    .set({ lastMessageAt: message.at, ...readColumn })
    .where(eq(conversations.id, message.conversationId));
  return row!;
}

export async function findMessage(db: DbExecutor, id: string): Promise<DirectMessageRow | null> {
  const [row] = await db.select().from(directMessages).where(eq(directMessages.id, id));
  return row ?? null;
}

export async function latestMessage(db: DbExecutor, conversationId: string): Promise<DirectMessageRow | null> {
  const [row] = await db
    .select()
    .from(directMessages)
    .where(eq(directMessages.conversationId, conversationId))
    .orderBy(desc(directMessages.createdAt), desc(directMessages.id))
    .limit(1);
  return row ?? null;
}

/** A page of a conversation's messages, newest first. */
export async function messagePage(db: DbExecutor, conversationId: string, page: PageRequest): Promise<DirectMessageRow[]> {
  const columns = [directMessages.createdAt, directMessages.id];
  return db
    .select()
    .from(directMessages)
    .where(and(eq(directMessages.conversationId, conversationId), keysetAfter(columns, page.after, 'desc')))
    .orderBy(desc(directMessages.createdAt), desc(directMessages.id))
    .limit(page.limit);
}

/** The messages around one (for a report's context), oldest first. */
export async function messagesAround(db: DbExecutor, message: DirectMessageRow, each: number): Promise<DirectMessageRow[]> {
  const before = await db
    .select()
    .from(directMessages)
    .where(
      and(
        eq(directMessages.conversationId, message.conversationId),
        sql`(${directMessages.createdAt}, ${directMessages.id}) < (${message.createdAt.toISOString()}::timestamptz, ${message.id}::uuid)`,
      ),
    )
    .orderBy(desc(directMessages.createdAt), desc(directMessages.id))
    .limit(each);
  const after = await db
    .select()
    .from(directMessages)
    .where(
      and(
        eq(directMessages.conversationId, message.conversationId),
        sql`(${directMessages.createdAt}, ${directMessages.id}) > (${message.createdAt.toISOString()}::timestamptz, ${message.id}::uuid)`,
      ),
    )
    .orderBy(asc(directMessages.createdAt), asc(directMessages.id))
    .limit(each);
  return [...before.reverse(), message, ...after];
}

/** Where the viewer takes part: as the user, and as the expert (their expert id, if any). */
export interface Participant {
  userId: string;
  expertId: string | null;
}

const involving = (who: Participant) =>
  who.expertId ? or(eq(conversations.userId, who.userId), eq(conversations.expertId, who.expertId)) : eq(conversations.userId, who.userId);

/** Messages from the other side after the viewer's read mark, in one conversation row. */
const unreadFor = (who: Participant) => sql<number>`(
  select count(*)::int from messages m
  where m.conversation_id = conversations.id
    and m.sender_side <> (case when conversations.user_id = ${who.userId}::uuid then 'USER' else 'EXPERT' end)::conversation_side
    and m.created_at > coalesce(case when conversations.user_id = ${who.userId}::uuid then conversations.user_read_at else conversations.expert_read_at end, '-infinity'::timestamptz)
)`;

/** A page of the viewer's conversations, most recent first, each with its unread count. */
export async function conversationPage(
  db: DbExecutor,
  who: Participant,
  page: PageRequest,
): Promise<(ConversationRow & { unread: number })[]> {
  const columns = [conversations.lastMessageAt, conversations.id];
  const rows = await db
    .select({ row: conversations, unread: unreadFor(who) })
    .from(conversations)
    .where(and(involving(who), keysetAfter(columns, page.after, 'desc')))
    .orderBy(desc(conversations.lastMessageAt), desc(conversations.id))
    .limit(page.limit);
  return rows.map(({ row, unread }) => ({ ...row, unread }));
}

export async function unreadIn(db: DbExecutor, conversation: ConversationRow, side: Side): Promise<number> {
  const readAt = side === 'USER' ? conversation.userReadAt : conversation.expertReadAt;
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(directMessages)
    .where(
      and(
        eq(directMessages.conversationId, conversation.id),
        ne(directMessages.senderSide, side),
        readAt ? gt(directMessages.createdAt, readAt) : undefined,
      ),
    );
  return row?.count ?? 0;
}

export async function unreadTotalOf(db: DbExecutor, who: Participant): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`coalesce(sum(${unreadFor(who)}), 0)::int` })
    .from(conversations)
    .where(involving(who));
  return row?.count ?? 0;
}

export async function setReadMark(db: DbExecutor, conversationId: string, side: Side, at: Date): Promise<ConversationRow> {
  const [row] = await db
    .update(conversations)
    .set(side === 'USER' ? { userReadAt: at } : { expertReadAt: at })
    .where(eq(conversations.id, conversationId))
    .returning();
  return row!;
}

export async function setBlocked(db: DbExecutor, conversationId: string, side: Side, at: Date | null): Promise<ConversationRow> {
  const [row] = await db
    .update(conversations)
    .set(side === 'USER' ? { userBlockedAt: at } : { expertBlockedAt: at })
    .where(eq(conversations.id, conversationId))
    .returning();
  return row!;
}

export async function imagesOf(db: DbExecutor, messageIds: readonly string[]): Promise<MessageImageRow[]> {
  if (messageIds.length === 0) return [];
  return db
    .select()
    .from(messageImages)
    .where(inArray(messageImages.messageId, [...messageIds]))
    .orderBy(asc(messageImages.position));
}

export async function insertImage(
  db: DbExecutor,
  image: { uploaderId: string; contentType: string; width: number; height: number; at: Date },
): Promise<MessageImageRow> {
  const [row] = await db
    .insert(messageImages)
    .values({ ...image, createdAt: image.at })
    .returning();
  return row!;
}

/** An image and the conversation of the message it was sent with (null while unsent). */
export async function findImageWithConversation(db: DbExecutor, id: string) {
  const [row] = await db
    .select({ image: messageImages, conversationId: directMessages.conversationId })
    .from(messageImages)
    .leftJoin(directMessages, eq(directMessages.id, messageImages.messageId))
    .where(eq(messageImages.id, id));
  return row ?? null;
}

/** Attaches the uploader's own unattached images to a message; returns how many were attached. */
export async function attachImages(db: DbExecutor, uploaderId: string, messageId: string, imageIds: string[]): Promise<number> {
  let attached = 0;
  for (const [position, id] of imageIds.entries()) {
    const rows = await db
      .update(messageImages)
      .set({ messageId, position })
      .where(and(eq(messageImages.id, id), eq(messageImages.uploaderId, uploaderId), isNull(messageImages.messageId)))
      .returning({ id: messageImages.id });
    attached += rows.length;
  }
  return attached;
}

/** Every conversation a person takes part in, with its messages, for their data export. */
export async function conversationsOfParticipant(db: DbExecutor, who: Participant) {
  const rows = await db.select().from(conversations).where(involving(who)).orderBy(asc(conversations.createdAt));
  const ids = rows.map((row) => row.id);
  const messages = ids.length
    ? await db
        .select()
        .from(directMessages)
        .where(inArray(directMessages.conversationId, ids))
        .orderBy(asc(directMessages.createdAt), asc(directMessages.id))
    : [];
  return { conversations: rows, messages };
}

/** Removes a person's images (erasure): returns their ids, for the storage. */
export async function deleteImagesOf(db: DbExecutor, uploaderId: string): Promise<string[]> {
  const rows = await db.delete(messageImages).where(eq(messageImages.uploaderId, uploaderId)).returning({ id: messageImages.id });
  return rows.map((row) => row.id);
}

/** The bookings the user made of proposed slots, by `<offeringId>@<ISO start>` (cancelled and expired ones do not count). */
export async function proposalBookings(
  db: DbExecutor,
  userId: string,
  slots: { offeringId: string; startsAt: string }[],
): Promise<Map<string, string>> {
  const rows = await db
    .select({ id: bookings.id, offeringId: bookings.offeringId, startsAt: bookings.startsAt })
    .from(bookings)
    .where(
      and(
        eq(bookings.userId, userId),
        inArray(bookings.offeringId, [...new Set(slots.map((s) => s.offeringId))]),
        inArray(
          bookings.startsAt,
          [...new Set(slots.map((s) => new Date(s.startsAt).toISOString()))].map((iso) => new Date(iso)),
        ),
        notInArray(bookings.status, ['CANCELLED', 'EXPIRED']),
      ),
    );
  return new Map(rows.map((row) => [`${row.offeringId}@${row.startsAt.toISOString()}`, row.id]));
}

/** For each conversation a user opened with the expert since `since`: ms from the first message to the expert's first reply. */
export async function replyDelays(db: DbExecutor, expertId: string, since: Date): Promise<number[]> {
  const rows = await db.execute<{ delay: number }>(sql`
    select extract(epoch from (
      (select min(r.created_at) from messages r where r.conversation_id = c.id and r.sender_side = 'EXPERT') - c.created_at
    )) * 1000 as delay
    from conversations c
    where c.expert_id = ${expertId}::uuid and c.started_by = 'USER' and c.created_at >= ${since.toISOString()}::timestamptz
  `);
  return [...rows]
    .map((row) => row.delay)
    .filter((delay): delay is number => delay !== null)
    .map(Number);
}
