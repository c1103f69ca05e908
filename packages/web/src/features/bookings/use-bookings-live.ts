import { useSubscription } from '@apollo/client/react';
import { BookingsLive_ChangedDocument } from '@skillcall/schema';
import { useEffect, useRef } from 'react';
import { onSocketReconnected } from '../../lib/apollo';

/**
 * Calls `onChange` whenever one of the viewer's bookings changes (booked, confirmed, moved, cancelled, expired), on
 * either side, and after the live connection comes back (events may have been missed meanwhile).
 */
export function useBookingsLive(onChange: (bookingId: string | null) => void, { skip = false }: { skip?: boolean } = {}): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  useSubscription(BookingsLive_ChangedDocument, {
    skip,
    onData: ({ data }) => {
      const booking = data.data?.myBookingChanged.booking;
      if (booking) latest.current(booking.id);
    },
  });
  useEffect(() => (skip ? undefined : onSocketReconnected(() => latest.current(null))), [skip]);
}
