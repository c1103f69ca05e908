import type { BookingRole, SessionRoomFieldsFragment, SessionState } from '@skillcall/schema';
import type { TFunction } from 'i18next';

/** The session room of a booking (built by the session-room feature). */
export const roomPath = (bookingId: string) => `/bookings/${bookingId}/room`;

/** What a page needs to know whether a booking's room can be entered. */
export interface SessionTimes {
  state: SessionState;
  opensAt: string;
  endsAt: string;
}

/**
 * The room's state at `now`: the API's, except that a room not open yet opens by itself at `opensAt` (nothing is
 * sent then), so a page left open offers to join without a reload. Joining is still the API's decision.
 */
export function sessionStateAt(session: SessionTimes, now: Date): SessionState {
  const time = now.getTime();
  if (session.state === 'NOT_OPEN_YET' && time >= Date.parse(session.opensAt) && time < Date.parse(session.endsAt)) return 'OPEN';
  return session.state;
}

/** A participant's name as the other side reads it (a deleted account has none). */
export function participantName(room: Pick<SessionRoomFieldsFragment, 'participants'>, role: BookingRole, t: TFunction): string {
  return room.participants.find((participant) => participant.role === role)?.displayName || t('bookings.deletedAccount');
}
