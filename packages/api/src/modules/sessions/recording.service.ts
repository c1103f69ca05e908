/**
 * Recording with both parties' consent. Either participant agrees (or withdraws) in the room; once both agree,
 * either may record in their browser, which uploads numbered chunks to `PUT /session-recordings/<id>/chunks/<n>`.
 * Withdrawing consent or the end of the session stops the upload and seals what arrived. Both participants can play
 * and delete a recording; nobody else (admins included) can reach it.
 */
import { z } from 'zod';
import { inTransaction, type Context, type SignedInContext } from '../../platform/context';
import { validateInput } from '../../platform/graphql/domain-error';
import { BookingRole } from '../bookings/booking.types';
import { publishRoomChanged } from './session.events';
import {
  deleteRecordingRow,
  ensureRoom,
  findRecording,
  insertRecording,
  recordingsOf,
  updateRecording,
  updateRoom,
} from './session.queries';
import type { RecordingRow } from './session.table';
import { toSessionRoom } from './session-room';
import { closedRoomError, seatOf, type Seat } from './session-seat';
import { RecordingNotAgreedError, RecordingSuccess, SessionRecording, type StartRecordingInput } from './session.types';

export function toSessionRecording(seat: Seat, row: RecordingRow): SessionRecording {
  return Object.assign(new SessionRecording(), {
    id: row.id,
    ready: row.status === 'READY',
    mimeType: row.mimeType,
    sizeBytes: row.sizeBytes,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
    recordedBy: row.startedBy === seat.expert.userId ? BookingRole.EXPERT : BookingRole.USER,
    url: `/session-recordings/${row.id}`,
    uploadUrl: `/session-recordings/${row.id}/chunks`,
  });
}

export async function setRecordingConsent(ctx: Context, bookingId: string, consent: boolean) {
  const seat = await inTransaction(ctx, async (tx) => {
    const found = await seatOf(tx, bookingId, true);
    if (!found) return null;
    const room = await ensureRoom(tx.db, bookingId, true);
    if (room.endedAt) return found;
    await updateRoom(
      tx.db,
      bookingId,
      found.party === 'USER' ? { userConsentsToRecording: consent } : { expertConsentsToRecording: consent },
    );
    if (!consent) await finishOpenRecordings(tx, bookingId);
    await publishRoomChanged(tx, bookingId);
    return found;
  });
  return seat && toSessionRoom(ctx, seat);
}

const mimeSchema = z.object({
  mimeType: z
    .string()
    .regex(/^(video|audio)\/webm(;\s*codecs="?[\w.,\s]+"?)?$|^(video|audio)\/mp4(;.*)?$/, 'must be a WebM or MP4 media type'),
});

export async function startRecording(ctx: SignedInContext, input: StartRecordingInput) {
  const valid = validateInput(mimeSchema, { mimeType: input.mimeType });
  if (!valid.ok) return valid.error;
  return inTransaction(ctx, async (tx) => {
    const seat = await seatOf(tx, input.bookingId, true);
    if (!seat) return null;
    const room = await ensureRoom(tx.db, input.bookingId, true);
    if (closedRoomError(seat, tx.clock.now()) || !room.userConsentsToRecording || !room.expertConsentsToRecording) {
      return new RecordingNotAgreedError('Both participants must agree to record, in an open session.');
    }
    const row = await insertRecording(tx.db, {
      bookingId: input.bookingId,
      startedBy: tx.viewer.userId,
      mimeType: valid.data.mimeType,
      startedAt: tx.clock.now(),
    });
    await publishRoomChanged(tx, input.bookingId);
    return Object.assign(new RecordingSuccess(), { recording: toSessionRecording(seat, row) });
  });
}

export type ChunkOutcome = 'STORED' | 'NOT_FOUND' | 'NOT_RECORDING' | 'OUT_OF_ORDER';

/** Stores chunk `index` of a recording the viewer is making, while both still agree and the session is open. */
export async function storeChunk(ctx: Context, recordingId: string, index: number, bytes: Buffer): Promise<ChunkOutcome> {
  if (!z.uuid().safeParse(recordingId).success) return 'NOT_FOUND';
  return inTransaction(ctx, async (tx) => {
    const row = await findRecording(tx.db, recordingId, true);
    if (!row || row.startedBy !== tx.viewer?.userId) return 'NOT_FOUND';
    if (index < row.chunkCount) return 'STORED'; // a retry of a chunk already stored
    if (row.status !== 'RECORDING') return 'NOT_RECORDING';
    if (index > row.chunkCount) return 'OUT_OF_ORDER';
    await tx.adapters.recordings.append(row.id, index, bytes);
    await updateRecording(tx.db, row.id, { chunkCount: row.chunkCount + 1, sizeBytes: row.sizeBytes + bytes.length });
    return 'STORED';
  });
}

async function seal(ctx: Context, row: RecordingRow): Promise<void> {
  await ctx.adapters.recordings.seal(row.id, row.chunkCount);
  await updateRecording(ctx.db, row.id, { status: 'READY', finishedAt: ctx.clock.now() });
}

/** The recording browser says it is done: the chunks become one playable recording. */
export async function finishRecording(ctx: Context, recordingId: string): Promise<SessionRecording | null> {
  if (!z.uuid().safeParse(recordingId).success) return null;
  return inTransaction(ctx, async (tx) => {
    const row = await findRecording(tx.db, recordingId, true);
    const seat = row && row.startedBy === tx.viewer?.userId ? await seatOf(tx, row.bookingId) : null;
    if (!row || !seat) return null;
    if (row.status === 'RECORDING') await seal(tx, row);
    await publishRoomChanged(tx, row.bookingId);
    return toSessionRecording(seat, (await findRecording(tx.db, row.id))!);
  });
}

/** Seals every recording still under way (consent withdrawn, or the session ended). */
export async function finishOpenRecordings(ctx: Context, bookingId: string): Promise<void> {
  for (const row of await recordingsOf(ctx.db, bookingId)) {
    if (row.status === 'RECORDING') await seal(ctx, (await findRecording(ctx.db, row.id, true))!);
  }
}

export async function deleteRecording(ctx: Context, recordingId: string): Promise<boolean> {
  if (!z.uuid().safeParse(recordingId).success) return false;
  const deleted = await inTransaction(ctx, async (tx) => {
    const row = await findRecording(tx.db, recordingId, true);
    if (!row || !(await seatOf(tx, row.bookingId))) return false;
    await deleteRecordingRow(tx.db, row.id);
    await publishRoomChanged(tx, row.bookingId);
    return true;
  });
  // The media goes once the row is gone for good (an upload still arriving for it then finds no recording).
  if (deleted) await ctx.adapters.recordings.remove(recordingId);
  return deleted;
}

export async function recordingsOfBooking(ctx: Context, bookingId: string): Promise<SessionRecording[]> {
  const seat = await seatOf(ctx, bookingId);
  return seat ? (await recordingsOf(ctx.db, bookingId)).map((row) => toSessionRecording(seat, row)) : [];
}

/** A recording a participant may play (ready), or null. */
export async function playableRecording(ctx: Context, recordingId: string): Promise<RecordingRow | null> {
  if (!z.uuid().safeParse(recordingId).success) return null;
  const row = await findRecording(ctx.db, recordingId);
  return row && row.status === 'READY' && (await seatOf(ctx, row.bookingId)) ? row : null;
}
