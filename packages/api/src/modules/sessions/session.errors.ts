/** Domain error codes of the session room, each with the description partners read in the schema. */
export const sessionsErrorCodes = {
  SESSION_NOT_OPEN: 'The room is not open: it opens 10 minutes before the start, for a confirmed booking (see `SessionRoom.opensAt`).',
  SESSION_ENDED: 'The session has ended; the room is closed.',
  SESSION_NOT_STARTED:
    'The other participant has not joined yet: the session cannot be ended before the no-show delay (cancel the booking instead).',
  RECORDING_NOT_AGREED: 'Recording needs both participants’ consent in the room, and an open session.',
} as const;
