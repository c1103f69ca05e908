/** Pure rules of billing: what to charge, capture and refund for a booking. Amounts in minor units. */
import type { BookingRow } from '../bookings/booking.table';

/** The satisfaction guarantee: a full refund may be asked within this many hours after the session's end. */
export const guaranteeHours = 72;

export function bookedMinutes(booking: Pick<BookingRow, 'startsAt' | 'endsAt'>): number {
  return Math.round((booking.endsAt.getTime() - booking.startsAt.getTime()) / 60_000);
}

/** Charged when booking (per session), or authorised up front (per minute: the rate for every booked minute). */
export function amountToAuthorize(booking: Pick<BookingRow, 'priceModel' | 'priceMinor' | 'startsAt' | 'endsAt'>): number {
  const price = booking.priceMinor ?? 0;
  return booking.priceModel === 'PER_MINUTE' ? price * bookedMinutes(booking) : price;
}

/** Per minute: the connected time rounded up to the minute, at the rate, never above the authorisation. */
export function meteredAmount(ratePerMinute: number, connectedSeconds: number, authorizedMinor: number): number {
  if (connectedSeconds <= 0) return 0;
  return Math.min(Math.ceil(connectedSeconds / 60) * ratePerMinute, authorizedMinor);
}

/** What goes back under a refund percentage; rounded down, so the user is never promised more than was paid. */
export function refundShare(amountMinor: number, refundPercent: number): number {
  return Math.floor((amountMinor * refundPercent) / 100);
}

/** The guarantee concerns bookings whose session is ahead or took place, not cancelled or expired ones. */
export function guaranteeApplies(booking: Pick<BookingRow, 'status'>): boolean {
  return booking.status === 'CONFIRMED' || booking.status === 'IN_SESSION' || booking.status === 'COMPLETED';
}

export function guaranteeDeadline(booking: Pick<BookingRow, 'endsAt'>): Date {
  return new Date(booking.endsAt.getTime() + guaranteeHours * 3_600_000);
}
