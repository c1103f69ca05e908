import { boolean, index, integer, jsonb, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../../platform/db/columns';
import { users } from '../identity/identity.table';

export const webhookEventTypeEnum = pgEnum('webhook_event_type', [
  'BOOKING_CREATED',
  'BOOKING_CONFIRMED',
  'BOOKING_CANCELLED',
  'BOOKING_COMPLETED',
  'BOOKING_REFUNDED',
  'REVIEW_PUBLISHED',
  'MESSAGE_CREATED',
  'PING',
]);
export const webhookDeliveryStatusEnum = pgEnum('webhook_delivery_status', ['PENDING', 'SUCCEEDED', 'FAILED']);

/**
 * A partner's URL receiving the events of the bookings its owner takes part in (as client or as expert) for the
 * event types it subscribed to. The server keeps the secret in clear: it signs every delivery with it.
 */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    description: text('description').notNull().default(''),
    eventTypes: webhookEventTypeEnum('event_types').array().notNull(),
    secret: text('secret').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    createdAt: instant('created_at').notNull().defaultNow(),
  },
  (t) => [index('webhook_endpoints_user_idx').on(t.userId, t.createdAt)],
);

/** One event for one endpoint: the payload as sent, and where its sending stands. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    endpointId: uuid('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    /** The event's id: the same for every endpoint receiving it (the payload's `id`). */
    eventId: uuid('event_id').notNull(),
    eventType: webhookEventTypeEnum('event_type').notNull(),
    payload: jsonb('payload').notNull(),
    status: webhookDeliveryStatusEnum('status').notNull().default('PENDING'),
    /** Attempts of the current sequence (a redelivery starts a new one); the backoff counts these. */
    attemptCount: integer('attempt_count').notNull().default(0),
    nextAttemptAt: instant('next_attempt_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
    succeededAt: instant('succeeded_at'),
  },
  (t) => [index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.createdAt, t.id)],
);

/** One HTTP request of a delivery and what came back (or why nothing did). */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    deliveryId: uuid('delivery_id')
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    attemptedAt: instant('attempted_at').notNull(),
    responseStatus: integer('response_status'),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
    /** The start of the response body, at most 1 kB. */
    responseExcerpt: text('response_excerpt'),
  },
  (t) => [index('webhook_attempts_delivery_idx').on(t.deliveryId, t.attemptedAt)],
);

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
export type WebhookAttemptRow = typeof webhookAttempts.$inferSelect;
export type WebhookEventName = WebhookDeliveryRow['eventType'];
export type WebhookDeliveryStatus = WebhookDeliveryRow['status'];
