/**
 * WebRTC signalling through the API: a participant's live stay sends a description or an ICE candidate to the other
 * side; it is stored (descriptions outgrow NOTIFY's 8 kB) and announced on the other side's topic only, so nobody
 * else can receive it. Signals are kept two minutes (enough for any negotiation) and dropped when the session ends.
 */
import { z } from 'zod';
import { inTransaction, type Context } from '../../platform/context';
import { attendancesOf, deleteSignals, findSignal, insertSignal } from './session.queries';
import { isLive } from './session.policy';
import { closedRoomError, otherParty, seatOf, type Party } from './session-seat';
import { signalsTopic } from './session.events';
import { SessionSignal, SignalKind, type SendSessionSignalInput } from './session.types';

const maxPayloadChars = 64 * 1024;
const keepSignalsMs = 2 * 60_000;

const payloadSchema = z
  .string()
  .max(maxPayloadChars)
  .refine((text) => {
    try {
      return typeof JSON.parse(text) === 'object';
    } catch {
      return false;
    }
  });

/** True when the signal was passed on; false when the sender's stay is not live or the room is closed. */
export async function sendSignal(ctx: Context, input: SendSessionSignalInput): Promise<boolean> {
  if (!payloadSchema.safeParse(input.payload).success || !z.uuid().safeParse(input.connectionId).success) return false;
  return inTransaction(ctx, async (tx) => {
    const seat = await seatOf(tx, input.bookingId);
    if (!seat) return false;
    const now = tx.clock.now();
    if (closedRoomError(seat, now)) return false;
    const stays = await attendancesOf(tx.db, input.bookingId);
    if (!stays.some((stay) => stay.id === input.connectionId && stay.party === seat.party && isLive(stay, now))) return false;
    const to = otherParty(seat.party);
    await deleteSignals(tx.db, input.bookingId, new Date(now.getTime() - keepSignalsMs));
    const id = await insertSignal(tx.db, {
      bookingId: input.bookingId,
      fromAttendanceId: input.connectionId,
      toParty: to,
      kind: input.kind,
      payload: input.payload,
      createdAt: now,
    });
    await tx.adapters.events.publish(tx.db, signalsTopic(input.bookingId, to), { signalId: id });
    return true;
  });
}

/** The topic of signals for the viewer's side of the booking, or null for anyone else. */
export async function signalsTopicFor(ctx: Context, bookingId: string): Promise<string | null> {
  const seat = await seatOf(ctx, bookingId);
  return seat && signalsTopic(bookingId, seat.party);
}

export async function signalFor(ctx: Context, signalId: number, party: Party | null): Promise<SessionSignal | null> {
  const row = await findSignal(ctx.db, signalId);
  if (!row || row.toParty !== party) return null;
  return Object.assign(new SessionSignal(), { fromConnectionId: row.fromAttendanceId, kind: SignalKind[row.kind], payload: row.payload });
}
