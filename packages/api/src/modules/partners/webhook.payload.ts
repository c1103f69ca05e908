/**
 * The JSON body of every webhook: the contract partners code against. Instants are ISO strings in UTC; money is in
 * minor units. A payload never carries another person's email or contact details.
 */
import type { WebhookEventName } from './webhook.table';

/** A booking as its participant sees it, for BOOKING_* events. */
export interface WebhookBooking {
  id: string;
  /** PENDING_PAYMENT, CONFIRMED, IN_SESSION, COMPLETED, CANCELLED, EXPIRED or NO_SHOW. */
  status: string;
  startsAt: string;
  endsAt: string;
  /** The recipient's IANA time zone for this booking (the client's when booking, or the expert's). */
  timeZone?: string;
  offering: { id: string; title: string };
  expert: { id: string; displayName: string };
  /** The booked price; null for a free session. */
  price: { amountMinor: number; currency: string } | null;
  /** How the endpoint's owner takes part in the booking. */
  role: 'CLIENT' | 'EXPERT';
}

export interface BookingEventData {
  booking: WebhookBooking;
  /** BOOKING_REFUNDED only: what this refund gave back. */
  refund?: { amountMinor: number; currency: string };
}

export interface ReviewEventData {
  review: { id: string; rating: number; text: string; bookingId: string };
}

export interface PingEventData {
  endpointId: string;
  message: string;
}

export interface MessageEventData {
  message: {
    id: string;
    conversationId: string;
    senderSide: 'USER' | 'EXPERT';
    body: string;
    createdAt: string;
    /** The endpoint owner's side in the conversation. */
    role: 'USER' | 'EXPERT';
  };
}

export type WebhookEventData = BookingEventData | ReviewEventData | MessageEventData | PingEventData;

/** The body: `{ id, type, createdAt, data }`; `id` is the event's, the same for every endpoint receiving it. */
export interface WebhookEvent<Data extends WebhookEventData = WebhookEventData> {
  id: string;
  type: WebhookEventName;
  createdAt: string;
  data: Data;
}
