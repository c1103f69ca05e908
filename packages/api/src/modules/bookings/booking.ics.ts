/** iCalendar files (RFC 5545) for bookings, through ical-generator: one per email, and the private feed. */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { BookingRow } from './booking.table';

export interface CalendarEntry {
  booking: BookingRow;
  offeringTitle: string;
  url: string;
}

function addEvent(calendar: ReturnType<typeof ical>, { booking, offeringTitle, url }: CalendarEntry): void {
  const title = `Skillcall: ${offeringTitle}`;
  const cancelled = booking.status === 'CANCELLED' || booking.status === 'EXPIRED';
  calendar.createEvent({
    id: `${booking.id}@skillcall`,
    start: booking.startsAt,
    end: booking.endsAt,
    summary: title,
    description: `${title}\n${url}`,
    url,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    // Each move or cancellation supersedes the previous version of the event in calendar apps.
    sequence: booking.rescheduleCount + (cancelled ? 1 : 0),
    stamp: booking.updatedAt,
  });
}

/** The file attached to a booking email: a request to add (or update) the event, or its cancellation. */
export function bookingInvitation(entry: CalendarEntry): string {
  const cancelled = entry.booking.status === 'CANCELLED' || entry.booking.status === 'EXPIRED';
  const calendar = ical({
    prodId: { company: 'Skillcall', product: 'bookings' },
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  addEvent(calendar, entry);
  return calendar.toString();
}

export function calendarFeed(name: string, entries: CalendarEntry[]): string {
  const calendar = ical({ prodId: { company: 'Skillcall', product: 'bookings' }, name, ttl: 15 * 60 });
  for (const entry of entries) addEvent(calendar, entry);
  return calendar.toString();
}
