import { bigserial, customType, index, integer, pgEnum, pgTable, primaryKey, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../../platform/db/columns';
import { bookings } from '../bookings/booking.table';

/** PostgreSQL `bytea` as a Node Buffer (postgres.js reads and writes Buffers for it). */
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

export const workspaceKindEnum = pgEnum('workspace_kind', ['notes', 'code', 'board']);

/**
 * One shared Yjs document of a booking's workspace, compacted: `state` is `Y.encodeStateAsUpdate` of everything
 * stored so far (updates younger than the last store wait in `workspace_updates`). `version` counts stores, so an
 * instance knows whether another one stored since it last read.
 */
export const workspaceDocuments = pgTable(
  'workspace_documents',
  {
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => bookings.id, { onDelete: 'cascade' }),
    kind: workspaceKindEnum('kind').notNull(),
    state: bytea('state').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.bookingId, t.kind] })],
);

/**
 * The append-only log of updates acknowledged to clients and not yet compacted into `workspace_documents`: an update
 * is written here before the client hears it was applied, so a server that dies before its debounced store loses
 * nothing. Instances also fetch large updates from here by id when another instance announces them.
 */
export const workspaceUpdates = pgTable(
  'workspace_updates',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => bookings.id, { onDelete: 'cascade' }),
    kind: workspaceKindEnum('kind').notNull(),
    update: bytea('update').notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [index('workspace_updates_document_idx').on(t.bookingId, t.kind, t.id)],
);

export type WorkspaceKind = (typeof workspaceKindEnum.enumValues)[number];
export type WorkspaceDocumentRow = typeof workspaceDocuments.$inferSelect;
