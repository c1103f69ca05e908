import { sql } from 'drizzle-orm';
import { bigint, customType, index, pgEnum, pgTable, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../../platform/db/columns';
import { users } from '../identity/identity.table';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

export const dataExportStatusEnum = pgEnum('data_export_status', ['REQUESTED', 'READY', 'FAILED', 'EXPIRED']);

/** A person's request for a copy of their data: built by a job, downloadable for 48 hours, then forgotten. */
export const dataExports = pgTable(
  'data_exports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: dataExportStatusEnum('status').notNull().default('REQUESTED'),
    requestedAt: instant('requested_at').notNull(),
    readyAt: instant('ready_at'),
    expiresAt: instant('expires_at'),
    sizeBytes: bigint('size_bytes', { mode: 'number' }),
  },
  (t) => [
    index('data_exports_user_idx').on(t.userId, t.requestedAt),
    // One export in preparation per person: asking again while it is prepared returns it.
    uniqueIndex('data_exports_one_requested')
      .on(t.userId)
      .where(sql`status = 'REQUESTED'`),
  ],
);

/**
 * The ZIP of a ready export, in the database so that any API instance can serve the download (the documents are
 * small: recordings are links). Removed when the export expires.
 */
export const dataExportFiles = pgTable('data_export_files', {
  exportId: uuid('export_id')
    .primaryKey()
    .references(() => dataExports.id, { onDelete: 'cascade' }),
  content: bytea('content').notNull(),
});

export type DataExportRow = typeof dataExports.$inferSelect;
export type DataExportStatus = DataExportRow['status'];
