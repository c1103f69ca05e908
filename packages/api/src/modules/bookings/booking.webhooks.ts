/**
 * What partners' webhooks learn of a booking: which changes are announced, and the booking as each participant
 * sees it (their role and their time zone; never the other person's contact details).
 */
import type { Context } from '../../platform/context';
import { emitWebhookEvent } from '../partners/webhook.events';
import type { BookingEventData } from '../partners/webhook.payload';
import type { BookingRow, BookingStatus } from './booking.table';

/** A change of the booking's status: the status it had, or null for a booking just made. */
export interface StatusChange {
  from: BookingStatus | null;
}

export type BookingWebhookEvent = 'BOOKING_CREATED' | 'BOOKING_CONFIRMED' | 'BOOKING_CANCELLED' | 'BOOKING_COMPLETED' | 'BOOKING_REFUNDED';

/** The statuses partners follow, and the event each one's arrival announces. */
const announcedStatuses: Partial<Record<BookingStatus, BookingWebhookEvent>> = {
  CONFIRMED: 'BOOKING_CONFIRMED',
  CANCELLED: 'BOOKING_CANCELLED',
  COMPLETED: 'BOOKING_COMPLETED',
};

/** The events a change announces: a new booking, then the status it arrived at if partners follow it. */
export function webhookEventsOf(status: BookingStatus, change: StatusChange | undefined): BookingWebhookEvent[] {
  if (!change || change.from === status) return [];
  const arrived = announcedStatuses[status];
  return [...(change.from === null ? ['BOOKING_CREATED' as const] : []), ...(arrived ? [arrived] : [])];
}

/** Sends one booking event to both participants' endpoints (inside the caller's transaction). */
export async function announceBooking(
  ctx: Context,
  booking: BookingRow,
  type: BookingWebhookEvent,
  refund?: { amountMinor: number; currency: string },
): Promise<void> {
  const expert = (await ctx.loaders.expertById.load(booking.expertId))!; // restricted: a booked expert stays
  await emitWebhookEvent(ctx, type, [booking.userId, expert.userId], async (userId): Promise<BookingEventData> => {
    const offering = await ctx.loaders.offeringById.load(booking.offeringId);
    const client = userId === booking.userId;
    return {
      booking: {
        id: booking.id,
        status: booking.status,
        startsAt: booking.startsAt.toISOString(),
        endsAt: booking.endsAt.toISOString(),
        timeZone: client ? booking.userTimeZone : expert.timeZone,
        offering: { id: booking.offeringId, title: offering?.title ?? '' },
        expert: { id: expert.id, displayName: expert.displayName },
        price:
          booking.currency !== null && booking.priceMinor !== null ? { amountMinor: booking.priceMinor, currency: booking.currency } : null,
        role: client ? 'CLIENT' : 'EXPERT',
      },
      ...(refund ? { refund } : {}),
    };
  });
}
