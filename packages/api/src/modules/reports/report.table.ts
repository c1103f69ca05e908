import { sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../../platform/db/columns';
import { users } from '../identity/identity.table';

export const reportKindEnum = pgEnum('report_kind', ['REVIEW', 'EXPERT']);
export const reportStatusEnum = pgEnum('report_status', ['OPEN', 'HIDDEN', 'KEPT']);

/** Someone's report of a review or an expert profile, waiting for (or decided by) an admin. */
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
