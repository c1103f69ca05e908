import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../../platform/db/columns';
import type { EmailAttachment } from './mailer';

/**
 * Every outgoing email. The embedded mailer only records here (the SPA's dev mailbox reads it);
 * a real transport also records, so support can see what was sent.
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
    template: text('template').notNull(),
    metadata: jsonb('metadata').$type<Record<string, string>>().notNull().default({}),
    attachments: jsonb('attachments').$type<EmailAttachment[]>().notNull().default([]),
    createdAt: instant('created_at').notNull().defaultNow(),
    /** Set when a job sent it: the same job run again (after a crash) finds it here and sends nothing. */
    dedupeKey: text('dedupe_key').unique('outgoing_mail_dedupe_key_unique'),
  },
  (t) => [index('outgoing_mail_seq_idx').on(t.seq), index('outgoing_mail_to_address_idx').on(sql`lower(${t.toAddress})`)],
);
