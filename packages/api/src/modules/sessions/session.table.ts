import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, index, integer, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../../platform/db/columns';
import { bookingPartyEnum, bookings } from '../bookings/booking.table';
import { users } from '../identity/identity.table';

export const sessionEndReasonEnum = pgEnum('session_end_reason', ['ENDED', 'MAX_DURATION', 'EXPERT_NO_SHOW', 'USER_NO_SHOW']);
export const signalKindEnum = pgEnum('session_signal_kind', ['DESCRIPTION', 'CANDIDATE']);
export const recordingStatusEnum = pgEnum('session_recording_status', ['RECORDING', 'READY']);

/** The live session of a booking: created when someone first opens the room; ended once, for good. */
export const sessionRooms = pgTable('session_rooms', {
  bookingId: uuid('booking_id')
    .primaryKey()
    .references(() => bookings.id, { onDelete: 'cascade' }),
  userConsentsToRecording: boolean('user_consents_to_recording').notNull().default(false),
  expertConsentsToRecording: boolean('expert_consents_to_recording').notNull().default(false),
  endedAt: instant('ended_at'),
  endedBy: bookingPartyEnum('ended_by'),
  endReason: sessionEndReasonEnum('end_reason'),
  /** Seconds both participants were connected at once: what a per-minute session bills. */
  billableSeconds: integer('billable_seconds'),
  createdAt: instant('created_at').notNull().defaultNow(),
});

/**
 * One stay of one participant in the room: from joining to leaving, or to the last heartbeat when the browser
 * went away without saying so. A reload closes the stay and opens the next one.
 */
export const sessionAttendances = pgTable(
  'session_attendances',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => bookings.id, { onDelete: 'cascade' }),
    party: bookingPartyEnum('party').notNull(),
    joinedAt: instant('joined_at').notNull(),
    lastSeenAt: instant('last_seen_at').notNull(),
    leftAt: instant('left_at'),
  },
  (t) => [
    index('session_attendances_booking_idx').on(t.bookingId, t.joinedAt),
    index('session_attendances_open_idx')
      .on(t.lastSeenAt)
      .where(sql`left_at is null`),
  ],
);

/** WebRTC signalling between the two participants' current connections; short-lived, removed when the session ends. */
export const sessionSignals = pgTable(
  'session_signals',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => bookings.id, { onDelete: 'cascade' }),
    fromAttendanceId: uuid('from_attendance_id').notNull(),
    toParty: bookingPartyEnum('to_party').notNull(),
    kind: signalKindEnum('kind').notNull(),
    payload: text('payload').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('session_signals_booking_idx').on(t.bookingId, t.createdAt)],
);

/** The room's text chat, kept with the booking (shown after a reload and in the data export). */
export const sessionMessages = pgTable(
  'session_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => bookings.id, { onDelete: 'cascade' }),
    senderId: uuid('sender_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('session_messages_booking_idx').on(t.bookingId, t.createdAt, t.id)],
);

/** A recording made in one participant's browser with both parties' consent, uploaded in numbered chunks. */
export const sessionRecordings = pgTable(
  'session_recordings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => bookings.id, { onDelete: 'cascade' }),
    startedBy: uuid('started_by')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: recordingStatusEnum('status').notNull().default('RECORDING'),
    mimeType: text('mime_type').notNull(),
    chunkCount: integer('chunk_count').notNull().default(0),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull().default(0),
    startedAt: instant('started_at').notNull(),
    finishedAt: instant('finished_at'),
  },
  (t) => [index('session_recordings_booking_idx').on(t.bookingId, t.startedAt)],
);

export type SessionRoomRow = typeof sessionRooms.$inferSelect;
export type AttendanceRow = typeof sessionAttendances.$inferSelect;
export type SignalRow = typeof sessionSignals.$inferSelect;
export type MessageRow = typeof sessionMessages.$inferSelect;
export type RecordingRow = typeof sessionRecordings.$inferSelect;
export type SessionEndReason = NonNullable<SessionRoomRow['endReason']>;
