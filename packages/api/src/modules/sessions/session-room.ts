/**
 * The session room as a participant sees it (`SessionRoom`): its state now, and its participants, connected time and
 * end, loaded once per room object when a field asks for them.
 */
import type { Context } from '../../platform/context';
import { expertOfBooking } from '../bookings/booking.service';
import type { BookingRow } from '../bookings/booking.table';
import { BookingParty, BookingRole } from '../bookings/booking.types';
import { findUser } from '../identity/identity.service';
import { bothConnectedSeconds, isLive, roomOpensAt } from './session.policy';
import { attendancesOf, findRoom } from './session.queries';
import type { AttendanceRow, SessionRoomRow } from './session.table';
import { SessionEndReason, SessionParticipant, SessionRoom, type SessionRoomDetails } from './session.types';
import { partyOf, seatOf, stateOf, type Party, type RoomBooking, type Seat } from './session-seat';

/** The room as `seat`'s participant sees it now; its details load when a field asks for them (`roomDetails`). */
export function toSessionRoom(ctx: Context, seat: Seat<RoomBooking>): SessionRoom {
  const { booking } = seat;
  const view = Object.assign(new SessionRoom(), {
    bookingId: booking.id,
    myRole: seat.party === 'USER' ? BookingRole.USER : BookingRole.EXPERT,
    state: stateOf(booking, ctx.clock.now()),
    opensAt: roomOpensAt(booking),
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
  });
  seats.set(view, seat);
  return view;
}

const seats = new WeakMap<SessionRoom, Seat<RoomBooking>>();
const details = new WeakMap<SessionRoom, Promise<SessionRoomDetails>>();

async function participant(
  ctx: Context,
  seat: Seat<RoomBooking>,
  party: Party,
  room: SessionRoomRow | undefined,
  stays: AttendanceRow[],
): Promise<SessionParticipant> {
  const now = ctx.clock.now();
  const live = stays.filter((stay) => stay.party === party && isLive(stay, now)).at(-1);
  const displayName = party === 'EXPERT' ? seat.expert.displayName : ((await findUser(ctx, seat.booking.userId))?.displayName ?? '');
  return Object.assign(new SessionParticipant(), {
    role: party === 'USER' ? BookingRole.USER : BookingRole.EXPERT,
    displayName,
    present: !!live && !room?.endedAt,
    connectionId: room?.endedAt ? null : (live?.id ?? null),
    consentsToRecording: party === 'USER' ? !!room?.userConsentsToRecording : !!room?.expertConsentsToRecording,
  });
}

async function loadDetails(ctx: Context, seat: Seat<RoomBooking>): Promise<SessionRoomDetails> {
  const { booking } = seat;
  const room = await findRoom(ctx.db, booking.id);
  const stays = room ? await attendancesOf(ctx.db, booking.id) : [];
  const now = ctx.clock.now();
  const connectedSeconds = room?.billableSeconds ?? bothConnectedSeconds(stays, now < booking.endsAt ? now : booking.endsAt);
  return {
    participants: [await participant(ctx, seat, 'USER', room, stays), await participant(ctx, seat, 'EXPERT', room, stays)],
    connectedSeconds,
    billedMinutes: booking.priceModel === 'PER_MINUTE' ? Math.ceil(connectedSeconds / 60) : null,
    endedAt: room?.endedAt ?? null,
    endedBy: room?.endedBy ? BookingParty[room.endedBy] : null,
    endReason: room?.endReason ? SessionEndReason[room.endReason] : null,
    recordingAllowed: !!room && !room.endedAt && room.userConsentsToRecording && room.expertConsentsToRecording,
  };
}

/** The room's participants, connected time and end, loaded once per room object. */
export function roomDetails(ctx: Context, view: SessionRoom): Promise<SessionRoomDetails> {
  let loaded = details.get(view);
  if (!loaded) {
    loaded = loadDetails(ctx, seats.get(view)!);
    details.set(view, loaded);
  }
  return loaded;
}

export async function sessionRoom(ctx: Context, bookingId: string): Promise<SessionRoom | null> {
  const seat = await seatOf(ctx, bookingId);
  return seat && toSessionRoom(ctx, seat);
}

/** The room of a booking already loaded (`Booking.session`): no second read of the booking, the expert from the loader. */
export async function sessionRoomOf(ctx: Context, booking: RoomBooking & Pick<BookingRow, 'expertId'>): Promise<SessionRoom | null> {
  const expert = await expertOfBooking(ctx, booking);
  const party = partyOf(ctx, booking, expert);
  return party && toSessionRoom(ctx, { booking, expert, party });
}
