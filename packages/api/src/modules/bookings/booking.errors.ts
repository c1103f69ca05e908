/** Domain error codes of availability, bookings and instant help, each with the description partners read in the schema. */
export const bookingsErrorCodes = {
  SLOT_UNAVAILABLE: 'The time is no longer free (someone else booked it, or it is outside the expert’s availability).',
  EXPERT_NOT_BOOKABLE: 'This expert or offering cannot be booked (suspended, unpublished, or it is your own offering).',
  BOOKING_TRANSITION_NOT_ALLOWED: 'The booking is not in a status that allows this change (see `from` and `to`).',
  RESCHEDULE_NOT_ALLOWED: 'The booking can no longer be moved under its cancellation policy; it can still be cancelled.',
  EXPERT_NOT_AVAILABLE_NOW: 'The expert is not available now; book a slot instead.',
  HELP_REQUEST_CLOSED: 'The request was already answered, lapsed or cancelled.',
} as const;
