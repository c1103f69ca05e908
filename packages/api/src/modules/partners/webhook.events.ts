/**
 * Announcing an event to partners' endpoints, inside the caller's transaction: one delivery row per enabled endpoint
 * of the people the event concerns that subscribed to its type, and one `webhooks:deliver` job each, so deliveries
 * exist if and only if the change commits. Other modules call `emitWebhookEvent` with the data each person may see.
 */
import { randomUUID } from 'node:crypto';
import type { Context } from '../../platform/context';
import type { DbExecutor } from '../../platform/db/client';
import { z } from 'zod';
import { defineJob } from '../../platform/jobs/job-definition';
import { enqueue } from '../../platform/jobs/queue';
import type { WebhookEvent, WebhookEventData } from './webhook.payload';
import { insertDelivery, subscribedEndpoints } from './webhook.queries';
import type { WebhookDeliveryRow, WebhookEndpointRow, WebhookEventName } from './webhook.table';

/** Sends one delivery's next attempt. */
export const webhookDeliverJob = defineJob({
  id: 'webhooks:deliver',
  schema: z.object({ deliveryId: z.uuid() }),
  handler: async () => {
    const { deliverWebhook } = await import('./webhook.delivery.js');
    return (ctx, { deliveryId }) => deliverWebhook(ctx, deliveryId);
  },
});

/** Queues the delivery's next attempt (at `runAt`, or now); a pending one for the same delivery is replaced. */
export function queueDeliveryAttempt(db: DbExecutor, deliveryId: string, runAt?: Date): Promise<void> {
  // Retries are the delivery's own (see webhook.policy.ts); the job queue retries only a crash of the handler.
  return enqueue(db, webhookDeliverJob, { deliveryId }, { jobKey: `webhook-delivery:${deliveryId}`, runAt, maxAttempts: 3 });
}

/** Stores a delivery of one event to one endpoint and queues its first attempt. */
export async function createDelivery(
  ctx: Context,
  endpoint: WebhookEndpointRow,
  event: { id: string; type: WebhookEventName; createdAt: Date; data: WebhookEventData },
): Promise<WebhookDeliveryRow> {
  const payload: WebhookEvent = { id: event.id, type: event.type, createdAt: event.createdAt.toISOString(), data: event.data };
  const row = await insertDelivery(ctx.db, {
    endpointId: endpoint.id,
    eventId: event.id,
    eventType: event.type,
    payload,
    nextAttemptAt: event.createdAt,
    createdAt: event.createdAt,
  });
  await queueDeliveryAttempt(ctx.db, row.id);
  return row;
}

/**
 * Announces one event to the subscribed endpoints of the people it concerns, each receiving `dataFor(their id)`:
 * their own view of it (built only when someone listens).
 */
export async function emitWebhookEvent(
  ctx: Context,
  type: Exclude<WebhookEventName, 'PING'>,
  userIds: string[],
  dataFor: (userId: string) => Promise<WebhookEventData>,
): Promise<void> {
  const endpoints = await subscribedEndpoints(ctx.db, [...new Set(userIds)], type);
  if (endpoints.length === 0) return;
  const event = { id: randomUUID(), type, createdAt: ctx.clock.now() };
  const data = new Map<string, WebhookEventData>();
  for (const endpoint of endpoints) {
    if (!data.has(endpoint.userId)) data.set(endpoint.userId, await dataFor(endpoint.userId));
    await createDelivery(ctx, endpoint, { ...event, data: data.get(endpoint.userId)! });
  }
}
