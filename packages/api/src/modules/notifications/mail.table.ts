import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../../platform/db/columns';
import type { EmailAttachment } from './mailer';

/** Where a message stands: written and waiting for its delivery job, handed to the transport, or given up on. */
export type MailStatus = 'QUEUED' | 'SENT' | 'FAILED';

/**
 * Every outgoing email, the message's record: written (QUEUED) in the transaction that causes it, together with its
 * `notifications:deliver` job, then marked SENT or FAILED by that job. The SPA's dev mailbox reads it, and admins see
 * the messages that failed.
 */
export const outgoingMail = pgTable(
  'outgoing_mail',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The order mail was written in: several can share a millisecond, and ids are random. */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity().notNull(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    /** The HTML part, when the template has one. */
    htmlBody: text('html_body'),
    template: text('template').notNull(),
    metadata: jsonb('metadata').$type<Record<string, string>>().notNull().default({}),
    attachments: jsonb('attachments').$type<EmailAttachment[]>().notNull().default([]),
    /** The one-click unsubscribe address (RFC 8058) of a notification that is not strictly transactional. */
    unsubscribeUrl: text('unsubscribe_url'),
    /** `<id@domain of MAIL_FROM>`, the same on every attempt: a receiver can tell a repeat from a new message. */
    messageId: text('message_id').notNull(),
    status: text('status').$type<MailStatus>().notNull().default('QUEUED'),
    /** Delivery attempts made so far. */
    attempts: integer('attempts').notNull().default(0),
    /** The mail server's last answer (its reply to the message, or the error of the last attempt). */
    lastReply: text('last_reply'),
    lastAttemptAt: instant('last_attempt_at'),
    sentAt: instant('sent_at'),
    failedAt: instant('failed_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
    /** Set when a job wrote it: the same job run again (after a crash) finds it here and queues nothing twice. */
    dedupeKey: text('dedupe_key').unique('outgoing_mail_dedupe_key_unique'),
  },
  (t) => [
    index('outgoing_mail_seq_idx').on(t.seq),
    index('outgoing_mail_to_address_idx').on(sql`lower(${t.toAddress})`),
    index('outgoing_mail_undelivered_idx')
      .on(t.seq)
      .where(sql`${t.status} <> 'SENT'`),
  ],
);

export type OutgoingMailRow = typeof outgoingMail.$inferSelect;
