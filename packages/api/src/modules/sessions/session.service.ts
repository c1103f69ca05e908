/**
 * The session room of a booking: who may enter and when, joining, heartbeats and leaving, and the end (by a
 * participant, at the maximum duration, or for a no-show), which closes the booking and hands billing the seconds
 * both participants were connected.
 */
import { z } from 'zod';
import { inTransaction, type Context } from '../../platform/context';
import { bookingWithExpert, closeBookingSession, markInSession, type SessionOutcome } from '../bookings/booking-sessions.service';
import { recordConnectedTime } from '../billing/payment.service';
import { finishOpenRecordings } from './recording.service';
import { publishRoomChanged } from './session.events';
import { toSessionRoom } from './session-room';
import { closedRoomError, otherParty, seatOf, type Party, type Seat } from './session-seat';
import { attendanceStaleAfterMs, bothConnectedSeconds, expertNoShowAt, isLive } from './session.policy';
import {
  attendancesOf,
  closeAttendances,
  closeSilentAttendances,
  deleteSignals,
  ensureRoom,
  findRoom,
  openAttendance,
  touchAttendance,
  updateRoom,
} from './session.queries';
import type { AttendanceRow, SessionEndReason as EndReasonName, SessionRoomRow } from './session.table';
import { JoinSessionSuccess, SessionNotStartedError, SessionSuccess } from './session.types';

const uuid = z.uuid();

/** Enters the room (again, after a reload): a new stay replaces the participant's earlier one. */
export async function joinSession(ctx: Context, bookingId: string) {
  const joined = await inTransaction(ctx, async (tx) => {
    const seat = await seatOf(tx, bookingId, true);
    if (!seat) return null;
    const now = tx.clock.now();
    await ensureRoom(tx.db, bookingId, true); // one join at a time per session
    const refused = closedRoomError(seat, now);
    if (refused) return refused;
    const stay = await openAttendance(tx.db, bookingId, seat.party, now);
    const stays = await attendancesOf(tx.db, bookingId);
    const together = ['USER', 'EXPERT'].every((party) => stays.some((s) => s.party === party && isLive(s, now)));
    const booking = together ? await markInSession(tx, seat.booking, seat.expert) : seat.booking;
    await publishRoomChanged(tx, bookingId);
    return { seat: { ...seat, booking }, connectionId: stay.id };
  });
  if (!joined || !('seat' in joined)) return joined;
  return Object.assign(new JoinSessionSuccess(), { room: toSessionRoom(ctx, joined.seat), connectionId: joined.connectionId });
}

/** A room page says it is still there; false when its stay is over (replaced by a reload, or silent too long). */
export async function heartbeat(ctx: Context, bookingId: string, connectionId: string): Promise<boolean> {
  const seat = await seatOf(ctx, bookingId);
  if (!seat || !uuid.safeParse(connectionId).success) return false;
  const room = await findRoom(ctx.db, bookingId);
  if (!room || room.endedAt) return false;
  const now = ctx.clock.now();
  return touchAttendance(ctx.db, connectionId, bookingId, now, new Date(now.getTime() - attendanceStaleAfterMs));
}

export async function leaveSession(ctx: Context, bookingId: string, connectionId: string): Promise<boolean> {
  if (!uuid.safeParse(connectionId).success) return false;
  return inTransaction(ctx, async (tx) => {
    const seat = await seatOf(tx, bookingId);
    if (!seat) return false;
    const stays = await attendancesOf(tx.db, bookingId);
    if (!stays.some((stay) => stay.id === connectionId && stay.party === seat.party)) return false;
    const closed = await closeAttendances(tx.db, bookingId, connectionId, tx.clock.now());
    if (closed) await publishRoomChanged(tx, bookingId);
    return closed > 0;
  });
}

/**
 * Run every few seconds on each instance: a participant whose page stopped sending heartbeats (closed tab, lost
 * network, crashed instance) leaves the room at their last heartbeat, and the other side is told.
 */
export async function sweepSilentStays(ctx: Context): Promise<void> {
  const bookingIds = await closeSilentAttendances(ctx.db, new Date(ctx.clock.now().getTime() - attendanceStaleAfterMs));
  for (const bookingId of bookingIds) await publishRoomChanged(ctx, bookingId);
}

/**
 * Ends the session for good (inside the caller's transaction, booking and room locked): closes every stay, freezes
 * the seconds both were connected, gives them to billing for a per-minute session, and closes the booking.
 */
async function finish(
  tx: Context,
  seat: Seat,
  room: SessionRoomRow,
  endedBy: 'USER' | 'EXPERT' | 'SYSTEM',
  reason: EndReasonName,
): Promise<void> {
  const now = tx.clock.now();
  const until = now < seat.booking.endsAt ? now : seat.booking.endsAt;
  await closeAttendances(tx.db, seat.booking.id, null, now);
  const stays = await attendancesOf(tx.db, seat.booking.id);
  const seconds = reason === 'EXPERT_NO_SHOW' || reason === 'USER_NO_SHOW' ? 0 : bothConnectedSeconds(stays, until);
  await updateRoom(tx.db, room.bookingId, { endedAt: now, endedBy, endReason: reason, billableSeconds: seconds });
  await deleteSignals(tx.db, room.bookingId);
  await finishOpenRecordings(tx, room.bookingId);
  if (seat.booking.priceModel === 'PER_MINUTE') await recordConnectedTime(tx, seat.booking.id, seconds);
  const outcome: SessionOutcome =
    reason === 'EXPERT_NO_SHOW'
      ? { held: false, absent: 'EXPERT' }
      : reason === 'USER_NO_SHOW'
        ? { held: false, absent: 'USER' }
        : { held: true };
  await closeBookingSession(tx, seat.booking, seat.expert, outcome);
  await publishRoomChanged(tx, room.bookingId);
}

const everJoined = (stays: AttendanceRow[], party: Party) => stays.some((stay) => stay.party === party);

/** A participant ends the session. Before the other one ever came, only once they count as a no-show. */
export async function endSession(ctx: Context, bookingId: string) {
  const ended = await inTransaction(ctx, async (tx) => {
    const seat = await seatOf(tx, bookingId, true);
    if (!seat) return null;
    const room = await ensureRoom(tx.db, bookingId, true);
    const refused = closedRoomError(seat, tx.clock.now());
    if (refused) return refused;
    const stays = await attendancesOf(tx.db, bookingId);
    const other = otherParty(seat.party);
    if (!everJoined(stays, other)) {
      const noShowAt = expertNoShowAt(seat.booking);
      if (tx.clock.now() < noShowAt) {
        return Object.assign(
          new SessionNotStartedError('The other participant has not joined yet. Wait for them, or cancel the booking.'),
          { noShowAt },
        );
      }
      await finish(tx, seat, room, seat.party, other === 'EXPERT' ? 'EXPERT_NO_SHOW' : 'USER_NO_SHOW');
    } else await finish(tx, seat, room, seat.party, 'ENDED');
    return seat;
  });
  if (!ended || !('party' in ended)) return ended;
  const seat = (await seatOf(ctx, bookingId))!;
  return Object.assign(new SessionSuccess(), { room: toSessionRoom(ctx, seat) });
}

/**
 * The scheduled checks (a job at the no-show time and at the booked end): an expert absent 10 minutes after the
 * start is a no-show; at the booked end the session stops, as a user no-show if the user never came.
 */
export async function closeSessionIfDue(ctx: Context, bookingId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const found = await bookingWithExpert(tx, bookingId, true);
    if (!found || (found.booking.status !== 'CONFIRMED' && found.booking.status !== 'IN_SESSION')) return;
    const seat: Seat = { ...found, party: 'USER' };
    const room = await ensureRoom(tx.db, bookingId, true);
    if (room.endedAt) return;
    const now = tx.clock.now();
    const stays = await attendancesOf(tx.db, bookingId);
    if (now >= expertNoShowAt(seat.booking) && !everJoined(stays, 'EXPERT')) return finish(tx, seat, room, 'SYSTEM', 'EXPERT_NO_SHOW');
    if (now < seat.booking.endsAt) return;
    await finish(tx, seat, room, 'SYSTEM', everJoined(stays, 'USER') ? 'MAX_DURATION' : 'USER_NO_SHOW');
  });
}
