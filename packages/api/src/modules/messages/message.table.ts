import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../../platform/db/columns';
import { experts } from '../experts/expert.table';
import { users } from '../identity/identity.table';

export const conversationSideEnum = pgEnum('conversation_side', ['USER', 'EXPERT']);

/**
 * The one conversation between a user and an expert. Each side's read mark (read receipts, unread counts), block
 * and last mail notice live on the row. Started by the user, or by the expert following up a past booking.
 */
export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expertId: uuid('expert_id')
      .notNull()
      .references(() => experts.id, { onDelete: 'cascade' }),
    startedBy: conversationSideEnum('started_by').notNull(),
    userReadAt: instant('user_read_at'),
    expertReadAt: instant('expert_read_at'),
    userBlockedAt: instant('user_blocked_at'),
    expertBlockedAt: instant('expert_blocked_at'),
    lastMessageAt: instant('last_message_at').notNull().defaultNow(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('conversations_pair_idx').on(t.userId, t.expertId),
    index('conversations_user_idx').on(t.userId, t.lastMessageAt, t.id),
    index('conversations_expert_idx').on(t.expertId, t.lastMessageAt, t.id),
  ],
);

export type ConversationRow = typeof conversations.$inferSelect;

/** A proposal as stored with its message. */
export interface StoredProposal {
  kind: 'SLOT' | 'HELP_NOW';
  offeringId: string;
  startsAt: string | null;
  endsAt: string | null;
}

/** A link to a Skillcall offering (or slot) found in the text when it was sent. */
export interface StoredCard {
  url: string;
  offeringId: string;
  slotStartsAt: string | null;
}

export const directMessages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    senderSide: conversationSideEnum('sender_side').notNull(),
    senderId: uuid('sender_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    cards: jsonb('cards').$type<StoredCard[]>().notNull().default([]),
    proposal: jsonb('proposal').$type<StoredProposal>(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('messages_body_length', sql`char_length(${t.body}) <= 2000`),
    index('messages_conversation_idx').on(t.conversationId, t.createdAt, t.id),
    index('messages_sender_idx').on(t.senderId),
  ],
);

export type DirectMessageRow = typeof directMessages.$inferSelect;

/** An uploaded image, re-encoded without metadata; attached to at most one message once sent. */
export const messageImages = pgTable(
  'message_images',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    uploaderId: uuid('uploader_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    messageId: uuid('message_id').references(() => directMessages.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    contentType: text('content_type').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('message_images_message_idx').on(t.messageId, t.position), index('message_images_uploader_idx').on(t.uploaderId)],
);

export type MessageImageRow = typeof messageImages.$inferSelect;
