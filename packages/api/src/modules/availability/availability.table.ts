import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgEnum, pgTable, smallint, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../../platform/db/columns';
import { experts } from '../experts/expert.table';

/** How an expert's calendar is kept: buffers around sessions, notice, a daily cap. The time zone is the expert's. */
export const availabilitySettings = pgTable(
  'availability_settings',
  {
    expertId: uuid('expert_id')
      .primaryKey()
      .references(() => experts.id, { onDelete: 'cascade' }),
    bufferBeforeMinutes: integer('buffer_before_minutes').notNull().default(0),
    bufferAfterMinutes: integer('buffer_after_minutes').notNull().default(0),
    minNoticeMinutes: integer('min_notice_minutes').notNull().default(120),
    maxSessionsPerDay: integer('max_sessions_per_day'),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check(
      'availability_settings_buffers_check',
      sql`${t.bufferBeforeMinutes} between 0 and 240 and ${t.bufferAfterMinutes} between 0 and 240`,
    ),
    check('availability_settings_notice_check', sql`${t.minNoticeMinutes} between 0 and 43200`),
    check('availability_settings_max_check', sql`${t.maxSessionsPerDay} is null or ${t.maxSessionsPerDay} between 1 and 48`),
  ],
);

/** One weekly window, in minutes since local midnight of the expert's time zone; ISO weekday (1 = Monday). */
export const availabilityWindows = pgTable(
  'availability_windows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    expertId: uuid('expert_id')
      .notNull()
      .references(() => experts.id, { onDelete: 'cascade' }),
    weekday: smallint('weekday').notNull(),
    startMinute: smallint('start_minute').notNull(),
    endMinute: smallint('end_minute').notNull(),
  },
  (t) => [
    index('availability_windows_expert_idx').on(t.expertId),
    check(
      'availability_windows_range_check',
      sql`${t.weekday} between 1 and 7 and 0 <= ${t.startMinute} and ${t.startMinute} < ${t.endMinute} and ${t.endMinute} <= 1440`,
    ),
  ],
);

export const availabilityExceptionKindEnum = pgEnum('availability_exception_kind', ['DAY_OFF', 'EXTRA_HOURS']);

/** A date-specific change, on a date of the expert's time zone: a day (or part of one) off, or extra hours. */
export const availabilityExceptions = pgTable(
  'availability_exceptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    expertId: uuid('expert_id')
      .notNull()
      .references(() => experts.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    kind: availabilityExceptionKindEnum('kind').notNull(),
    startMinute: smallint('start_minute'),
    endMinute: smallint('end_minute'),
  },
  (t) => [
    index('availability_exceptions_expert_date_idx').on(t.expertId, t.date),
    check(
      'availability_exceptions_range_check',
      sql`(${t.startMinute} is null and ${t.endMinute} is null and ${t.kind} = 'DAY_OFF') or (0 <= ${t.startMinute} and ${t.startMinute} < ${t.endMinute} and ${t.endMinute} <= 1440)`,
    ),
  ],
);

/** The "available now" switch, and the effective state search and profiles show (switch on and a live connection). */
export const expertPresence = pgTable('expert_presence', {
  expertId: uuid('expert_id')
    .primaryKey()
    .references(() => experts.id, { onDelete: 'cascade' }),
  switchedOn: boolean('switched_on').notNull().default(false),
  availableNow: boolean('available_now').notNull().default(false),
  changedAt: instant('changed_at').notNull().defaultNow(),
});

/** One open expert console (a live graphql-ws subscription), kept fresh by heartbeats from the instance serving it. */
export const presenceConnections = pgTable(
  'presence_connections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    expertId: uuid('expert_id')
      .notNull()
      .references(() => experts.id, { onDelete: 'cascade' }),
    lastSeenAt: instant('last_seen_at').notNull(),
  },
  (t) => [index('presence_connections_expert_idx').on(t.expertId), index('presence_connections_last_seen_idx').on(t.lastSeenAt)],
);

export type AvailabilitySettingsRow = typeof availabilitySettings.$inferSelect;
export type AvailabilityWindowRow = typeof availabilityWindows.$inferSelect;
export type AvailabilityExceptionRow = typeof availabilityExceptions.$inferSelect;
