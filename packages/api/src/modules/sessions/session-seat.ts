/**
 * A participant's seat in a booking's session (who may enter, on which side) and whether its room is open now:
 * the checks every room operation starts with (joining, chat, signals, recording).
 */
import { z } from 'zod';
import type { Context } from '../../platform/context';
import { bookingWithExpert } from '../bookings/booking-sessions.service';
import type { BookingRow } from '../bookings/booking.table';
import type { ExpertRow } from '../experts/expert.table';
import { roomOpensAt } from './session.policy';
import { SessionEndedError, SessionNotOpenError, SessionState } from './session.types';

export type Party = 'USER' | 'EXPERT';

/** A participant's place in a booking's session. Admins are not participants here: the room is private. */
export interface Seat<B extends RoomBooking = BookingRow> {
  booking: B;
  expert: ExpertRow;
  party: Party;
}

/** What showing a room needs of its booking. */
export type RoomBooking = Pick<BookingRow, 'id' | 'userId' | 'status' | 'startsAt' | 'endsAt' | 'priceModel'>;

const uuid = z.uuid();

/** The viewer's side of this booking, or null when they are not one of its participants. */
export function partyOf(ctx: Context, booking: Pick<BookingRow, 'userId'>, expert: ExpertRow): Party | null {
  if (!ctx.viewer) return null;
  return booking.userId === ctx.viewer.userId ? 'USER' : expert.userId === ctx.viewer.userId ? 'EXPERT' : null;
}

export async function seatOf(ctx: Context, bookingId: string, lock = false): Promise<Seat | null> {
  if (!ctx.viewer || !uuid.safeParse(bookingId).success) return null;
  const found = await bookingWithExpert(ctx, bookingId, lock);
  const party = found && partyOf(ctx, found.booking, found.expert);
  return party ? { ...found!, party } : null;
}

export const otherParty = (party: Party): Party => (party === 'USER' ? 'EXPERT' : 'USER');

/** Whether the room can be entered now; the booking says it all (a session that ended closed its booking). */
export function stateOf(booking: Pick<BookingRow, 'status' | 'startsAt' | 'endsAt'>, now: Date): SessionState {
  if (booking.status === 'COMPLETED' || booking.status === 'NO_SHOW') return SessionState.ENDED;
  if (booking.status !== 'CONFIRMED' && booking.status !== 'IN_SESSION') return SessionState.UNAVAILABLE;
  if (now < roomOpensAt(booking)) return SessionState.NOT_OPEN_YET;
  return now < booking.endsAt ? SessionState.OPEN : SessionState.ENDED;
}

const notOpen = (opensAt: Date | null) =>
  Object.assign(
    new SessionNotOpenError(opensAt ? 'The room opens 10 minutes before the start.' : 'This booking has no session: it is not confirmed.'),
    { opensAt },
  );
export const sessionEnded = () => new SessionEndedError('The session has ended.');

/** Refuses work on a room that is not open, or null when it is. */
export function closedRoomError(seat: Seat, now: Date) {
  const state = stateOf(seat.booking, now);
  if (state === SessionState.ENDED) return sessionEnded();
  if (state === SessionState.NOT_OPEN_YET) return notOpen(roomOpensAt(seat.booking));
  if (state === SessionState.UNAVAILABLE) return notOpen(null);
  return null;
}
