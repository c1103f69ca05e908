import type { WebhookEventType } from '@skillcall/schema';

/** The events an endpoint can subscribe to, in the order the form lists them (PING is only sent on request). */
export const subscribableWebhookEvents = [
  'BOOKING_CREATED',
  'BOOKING_CONFIRMED',
  'BOOKING_CANCELLED',
  'BOOKING_COMPLETED',
  'BOOKING_REFUNDED',
  'REVIEW_PUBLISHED',
] as const satisfies readonly WebhookEventType[];
