/**
 * Every reaction to a domain event, in the order it runs, inside the publisher's transaction (platform/domain-events.ts).
 * A module publishes; the modules that care react here, each with a handler of its own.
 */
import { onEvent } from './platform/domain-events';
import { refreshSlotPickers } from './modules/availability/slots-events';
import { settlePaymentOfEnded } from './modules/billing/payment.jobs';
import {
  BookingChanged,
  BookingPaymentChanged,
  announceToPartners,
  scheduleHoldExpiry,
  scheduleReminders,
  sendNotice,
  tellParticipants,
} from './modules/bookings/booking.events';
import { scheduleDeadlinesOfConfirmed } from './modules/sessions/session.events';

export function registerEventHandlers(): void {
  // A payment change runs the same reactions as a change of the booking: each is idempotent (job keys), and a
  // settled booking's payment is settled again when a refund was decided.
  for (const event of [BookingChanged, BookingPaymentChanged]) {
    onEvent(event, 'bookings: partners’ webhooks', announceToPartners);
    onEvent(event, 'bookings: participants’ open pages', tellParticipants);
    onEvent(event, 'availability: open slot pickers', refreshSlotPickers);
    onEvent(event, 'bookings: the email', sendNotice);
    onEvent(event, 'sessions: deadlines of a confirmed booking', scheduleDeadlinesOfConfirmed);
    onEvent(event, 'bookings: reminders', scheduleReminders);
    onEvent(event, 'billing: settling an ended paid booking', settlePaymentOfEnded);
    onEvent(event, 'bookings: the payment hold’s end', scheduleHoldExpiry);
  }
}
