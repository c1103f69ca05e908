/** What the sessions module keeps about a person: their chats, connected time and recordings in the export, and their erasure. */
import type { Context } from '../../platform/context';
import { blankMessagesOf, deleteRecordingsOfBookings, messagesOfBookings, recordingsOfBookings, roomsOfBookings } from './session.queries';

/** The chat messages of these bookings (the person took part in each), marking which ones they wrote. */
export async function messagesDataOf(ctx: Context, userId: string, bookingIds: string[]) {
  const rows = await messagesOfBookings(ctx.db, bookingIds);
  return rows.map((m) => ({ bookingId: m.bookingId, writtenByYou: m.senderId === userId, body: m.body, createdAt: m.createdAt }));
}

/** How each session went: when it ended, why, and the seconds both were connected (what a per-minute session bills). */
export async function sessionsDataOf(ctx: Context, bookingIds: string[]) {
  const rows = await roomsOfBookings(ctx.db, bookingIds);
  return new Map(rows.map((r) => [r.bookingId, { endedAt: r.endedAt, endReason: r.endReason, connectedSeconds: r.billableSeconds }]));
}

/** The recordings of these bookings, each with the address it is played from (signed in as a participant). */
export async function recordingsDataOf(ctx: Context, userId: string, bookingIds: string[]) {
  const rows = await recordingsOfBookings(ctx.db, bookingIds);
  return rows.map((r) => ({
    id: r.id,
    bookingId: r.bookingId,
    recordedByYou: r.startedBy === userId,
    ready: r.status === 'READY',
    mimeType: r.mimeType,
    sizeBytes: r.sizeBytes,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    url: `${ctx.config.publicUrl}/session-recordings/${r.id}`,
  }));
}

/**
 * The person's account is deleted (inside the caller's transaction): the messages they wrote lose their text, and the
 * recordings of their sessions go. Returns `removeMedia`, to call once the transaction has committed.
 */
export async function eraseSessionTraces(tx: Context, userId: string, bookingIds: string[]): Promise<{ removeMedia: () => Promise<void> }> {
  await blankMessagesOf(tx.db, userId);
  const recordingIds = await deleteRecordingsOfBookings(tx.db, bookingIds);
  return {
    removeMedia: async () => {
      for (const id of recordingIds) await tx.adapters.recordings.remove(id);
    },
  };
}
