/** Reads and writes of the session tables. */
import { and, asc, desc, eq, gt, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/client';
import type { BookingParty } from '../bookings/booking.table';
import { attendanceStaleAfterMs } from './session.policy';
import {
  sessionAttendances,
  sessionMessages,
  sessionRecordings,
  sessionRooms,
  sessionSignals,
  type AttendanceRow,
  type RecordingRow,
  type SessionRoomRow,
} from './session.table';

/** A stay closed at `now` ends now if it was live, or at its last heartbeat if it had gone silent (see session.policy). */
const endOfStay = (now: Date) =>
  sql`case when ${sessionAttendances.lastSeenAt} >= ${new Date(now.getTime() - attendanceStaleAfterMs).toISOString()}::timestamptz then ${now.toISOString()}::timestamptz else ${sessionAttendances.lastSeenAt} end`;

export async function findRoom(db: DbExecutor, bookingId: string, lock = false): Promise<SessionRoomRow | undefined> {
  const query = db.select().from(sessionRooms).where(eq(sessionRooms.bookingId, bookingId));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** The room of a booking, created on first use; locked when `lock` (one writer at a time per session). */
export async function ensureRoom(db: DbExecutor, bookingId: string, lock = false): Promise<SessionRoomRow> {
  await db.insert(sessionRooms).values({ bookingId }).onConflictDoNothing();
  return (await findRoom(db, bookingId, lock))!;
}

export async function updateRoom(db: DbExecutor, bookingId: string, changes: Partial<SessionRoomRow>): Promise<SessionRoomRow> {
  const [row] = await db.update(sessionRooms).set(changes).where(eq(sessionRooms.bookingId, bookingId)).returning();
  return row!;
}

export function attendancesOf(db: DbExecutor, bookingId: string): Promise<AttendanceRow[]> {
  return db.select().from(sessionAttendances).where(eq(sessionAttendances.bookingId, bookingId)).orderBy(asc(sessionAttendances.joinedAt));
}

export async function openAttendance(db: DbExecutor, bookingId: string, party: BookingParty, now: Date): Promise<AttendanceRow> {
  // A participant is in the room once: a reload or a second tab takes over from the earlier stay.
  await db
    .update(sessionAttendances)
    .set({ leftAt: endOfStay(now) })
    .where(and(eq(sessionAttendances.bookingId, bookingId), eq(sessionAttendances.party, party), isNull(sessionAttendances.leftAt)));
  const [row] = await db.insert(sessionAttendances).values({ bookingId, party, joinedAt: now, lastSeenAt: now }).returning();
  return row!;
}

/** Refreshes a live stay; false when it is over (left, replaced, or silent too long). */
export async function touchAttendance(
  db: DbExecutor,
  attendanceId: string,
  bookingId: string,
  now: Date,
  staleBefore: Date,
): Promise<boolean> {
  const rows = await db
    .update(sessionAttendances)
    .set({ lastSeenAt: now })
    .where(
      and(
        eq(sessionAttendances.id, attendanceId),
        eq(sessionAttendances.bookingId, bookingId),
        isNull(sessionAttendances.leftAt),
        gt(sessionAttendances.lastSeenAt, staleBefore),
      ),
    )
    .returning({ id: sessionAttendances.id });
  return rows.length > 0;
}

/** Closes the given stay, or every open stay of the booking when `attendanceId` is null. Returns how many closed. */
export async function closeAttendances(db: DbExecutor, bookingId: string, attendanceId: string | null, now: Date): Promise<number> {
  const rows = await db
    .update(sessionAttendances)
    .set({ leftAt: endOfStay(now) })
    .where(
      and(
        eq(sessionAttendances.bookingId, bookingId),
        isNull(sessionAttendances.leftAt),
        attendanceId ? eq(sessionAttendances.id, attendanceId) : undefined,
      ),
    )
    .returning({ id: sessionAttendances.id });
  return rows.length;
}

/** Closes, at their last heartbeat, the stays of browsers that went away without saying so; their bookings' ids. */
export async function closeSilentAttendances(db: DbExecutor, staleBefore: Date): Promise<string[]> {
  const rows = await db
    .update(sessionAttendances)
    .set({ leftAt: sql`${sessionAttendances.lastSeenAt}` })
    .where(and(isNull(sessionAttendances.leftAt), lt(sessionAttendances.lastSeenAt, staleBefore)))
    .returning({ bookingId: sessionAttendances.bookingId });
  return [...new Set(rows.map((row) => row.bookingId))];
}

export async function insertSignal(db: DbExecutor, values: typeof sessionSignals.$inferInsert): Promise<number> {
  const [row] = await db.insert(sessionSignals).values(values).returning({ id: sessionSignals.id });
  return row!.id;
}

export async function findSignal(db: DbExecutor, id: number) {
  const [row] = await db.select().from(sessionSignals).where(eq(sessionSignals.id, id));
  return row;
}

export async function deleteSignals(db: DbExecutor, bookingId: string, before?: Date): Promise<void> {
  await db
    .delete(sessionSignals)
    .where(and(eq(sessionSignals.bookingId, bookingId), before ? lt(sessionSignals.createdAt, before) : undefined));
}

export async function insertMessage(db: DbExecutor, values: typeof sessionMessages.$inferInsert) {
  const [row] = await db.insert(sessionMessages).values(values).returning();
  return row!;
}

/** The latest `limit` messages of a booking, oldest first. */
export async function latestMessages(db: DbExecutor, bookingId: string, limit: number) {
  const rows = await db
    .select()
    .from(sessionMessages)
    .where(eq(sessionMessages.bookingId, bookingId))
    .orderBy(desc(sessionMessages.createdAt), desc(sessionMessages.id))
    .limit(limit);
  return rows.reverse();
}

export async function findMessage(db: DbExecutor, id: string) {
  const [row] = await db.select().from(sessionMessages).where(eq(sessionMessages.id, id));
  return row;
}

export async function insertRecording(db: DbExecutor, values: typeof sessionRecordings.$inferInsert): Promise<RecordingRow> {
  const [row] = await db.insert(sessionRecordings).values(values).returning();
  return row!;
}

export async function findRecording(db: DbExecutor, id: string, lock = false): Promise<RecordingRow | undefined> {
  const query = db.select().from(sessionRecordings).where(eq(sessionRecordings.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function updateRecording(db: DbExecutor, id: string, changes: Partial<RecordingRow>): Promise<RecordingRow> {
  const [row] = await db.update(sessionRecordings).set(changes).where(eq(sessionRecordings.id, id)).returning();
  return row!;
}

export async function deleteRecordingRow(db: DbExecutor, id: string): Promise<void> {
  await db.delete(sessionRecordings).where(eq(sessionRecordings.id, id));
}

export function recordingsOf(db: DbExecutor, bookingId: string): Promise<RecordingRow[]> {
  return db.select().from(sessionRecordings).where(eq(sessionRecordings.bookingId, bookingId)).orderBy(asc(sessionRecordings.startedAt));
}

// Privacy

export function messagesOfBookings(db: DbExecutor, bookingIds: string[]) {
  if (!bookingIds.length) return Promise.resolve([]);
  return db
    .select()
    .from(sessionMessages)
    .where(inArray(sessionMessages.bookingId, bookingIds))
    .orderBy(asc(sessionMessages.createdAt), asc(sessionMessages.id));
}

export function roomsOfBookings(db: DbExecutor, bookingIds: string[]): Promise<SessionRoomRow[]> {
  if (!bookingIds.length) return Promise.resolve([]);
  return db.select().from(sessionRooms).where(inArray(sessionRooms.bookingId, bookingIds));
}

export function recordingsOfBookings(db: DbExecutor, bookingIds: string[]): Promise<RecordingRow[]> {
  if (!bookingIds.length) return Promise.resolve([]);
  return db
    .select()
    .from(sessionRecordings)
    .where(inArray(sessionRecordings.bookingId, bookingIds))
    .orderBy(asc(sessionRecordings.startedAt));
}

/** Empties the text of every message one person wrote. */
export async function blankMessagesOf(db: DbExecutor, senderId: string): Promise<void> {
  await db.update(sessionMessages).set({ body: '' }).where(eq(sessionMessages.senderId, senderId));
}

/** Removes the recording rows of these bookings; returns their ids (their media is removed after commit). */
export async function deleteRecordingsOfBookings(db: DbExecutor, bookingIds: string[]): Promise<string[]> {
  if (!bookingIds.length) return [];
  const rows = await db
    .delete(sessionRecordings)
    .where(inArray(sessionRecordings.bookingId, bookingIds))
    .returning({ id: sessionRecordings.id });
  return rows.map((r) => r.id);
}
