import type { BookingRole, SessionRoomFieldsFragment, SessionState } from '@skillcall/schema';
import type { TFunction } from 'i18next';
import { assertNever } from './errors';

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

/** How the session ended, in words, from the reader's side (the booking page and the room say the same). */
export function endedText(
  session: Pick<SessionRoomFieldsFragment, 'myRole' | 'endReason' | 'endedBy' | 'participants'>,
  t: TFunction,
): string {
  const other = session.myRole === 'USER' ? 'EXPERT' : 'USER';
  switch (session.endReason) {
    case 'ENDED':
      if (session.endedBy === session.myRole) return t('bookingSession.ended.byYou');
      if (session.endedBy === other) return t('bookingSession.ended.byOther', { name: participantName(session, other, t) });
      return t('bookingSession.ended.over');
    case 'MAX_DURATION':
      return t('bookingSession.ended.MAX_DURATION');
    case 'EXPERT_NO_SHOW':
    case 'USER_NO_SHOW':
      return t(`bookingSession.ended.${session.endReason}.${session.myRole}`);
    // Over without a room's end (e.g. completed before rooms existed).
    case null:
      return t('bookingSession.ended.over');
    default:
      return assertNever(session.endReason);
  }
}
