/** The lifecycle of a booking, as a transitions table; `booking.transition.ts` is the one gate that applies it. */
import type { BookingStatus } from './booking.table';

export const bookingTransitions: Record<BookingStatus, readonly BookingStatus[]> = {
  PENDING_PAYMENT: ['CONFIRMED', 'CANCELLED', 'EXPIRED'],
  CONFIRMED: ['IN_SESSION', 'COMPLETED', 'CANCELLED', 'NO_SHOW'],
  IN_SESSION: ['COMPLETED'],
  COMPLETED: [],
  CANCELLED: [],
  EXPIRED: [],
  NO_SHOW: [],
};

/** The statuses a booking is created in: confirmed when free, otherwise waiting for its payment. */
export const initialStatuses = ['CONFIRMED', 'PENDING_PAYMENT'] as const satisfies readonly BookingStatus[];

/** Statuses in which a booking can still be moved to another time (the policy then decides whether it may). */
export const reschedulableStatuses: readonly BookingStatus[] = ['PENDING_PAYMENT', 'CONFIRMED'];

/** Statuses in which a booking holds its time in the expert's calendar (the exclusion constraint's predicate). */
export const timeHoldingStatuses: readonly BookingStatus[] = ['PENDING_PAYMENT', 'CONFIRMED', 'IN_SESSION'];

export function canTransition(from: BookingStatus, to: BookingStatus): boolean {
  return bookingTransitions[from].includes(to);
}

/** How long a slot is held while the user pays. */
export const paymentHoldMinutes = 15;
