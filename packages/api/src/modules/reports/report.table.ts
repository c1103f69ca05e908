import { sql } from 'drizzle-orm';
import { customType, index, jsonb, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../../platform/db/columns';
import { bookings } from '../bookings/booking.table';
import { users } from '../identity/identity.table';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

export const reportKindEnum = pgEnum('report_kind', ['REVIEW', 'EXPERT', 'SESSION', 'MESSAGE']);
export const reportStatusEnum = pgEnum('report_status', ['OPEN', 'HIDDEN', 'KEPT']);

/** Someone's report of a review, an expert profile or a session they took part in (target: the booking), waiting for (or decided by) an admin. */
export const contentReports = pgTable(
  'content_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: reportKindEnum('kind').notNull(),
    targetId: uuid('target_id').notNull(),
    reporterId: uuid('reporter_id').references(() => users.id, { onDelete: 'set null' }),
    reason: text('reason').notNull(),
    status: reportStatusEnum('status').notNull().default('OPEN'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: instant('decided_at'),
    decisionNote: text('decision_note'),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [
    // One open report per person and target: reporting again adds nothing.
    uniqueIndex('content_reports_open_once')
      .on(t.kind, t.targetId, t.reporterId)
      .where(sql`status = 'OPEN'`),
    index('content_reports_queue_idx').on(t.status, t.createdAt, t.id),
  ],
);

export type ReportRow = typeof contentReports.$inferSelect;

/**
 * A copy of a booking's shared workspace taken when a participant reported with it attached: what the moderators
 * read, whatever the participants change or erase later. Each document's Yjs state as it was.
 */
export const reportWorkspaceSnapshots = pgTable('report_workspace_snapshots', {
  reportId: uuid('report_id')
    .primaryKey()
    .references(() => contentReports.id, { onDelete: 'cascade' }),
  bookingId: uuid('booking_id').references(() => bookings.id, { onDelete: 'set null' }),
  notes: bytea('notes').notNull(),
  code: bytea('code').notNull(),
  board: bytea('board').notNull(),
  takenAt: instant('taken_at').notNull(),
});

export type ReportWorkspaceSnapshotRow = typeof reportWorkspaceSnapshots.$inferSelect;

/** One line of a reported conversation, as the moderators read it. */
export interface ReportedMessageLine {
  id: string;
  side: 'USER' | 'EXPERT';
  body: string;
  createdAt: string;
  /** The reported message itself. */
  reported: boolean;
}

/** The messages around a reported one, copied when reported: moderators see only reported threads, as they were. */
export const reportMessageContexts = pgTable('report_message_contexts', {
  reportId: uuid('report_id')
    .primaryKey()
    .references(() => contentReports.id, { onDelete: 'cascade' }),
  lines: jsonb('lines').$type<ReportedMessageLine[]>().notNull(),
});
