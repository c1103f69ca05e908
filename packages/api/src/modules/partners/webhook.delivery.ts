/**
 * One attempt of a delivery (the `webhooks:deliver` job): POST the stored payload, signed with the endpoint's
 * secret at the moment of sending, then record the attempt and where the delivery stands in one transaction,
 * queueing the next attempt after the backoff when the receiver did not take it.
 */
import { inTransaction, type Context } from '../../platform/context';
import { queueDeliveryAttempt } from './webhook.events';
import { deliveryTimeoutMs, isSuccessStatus, outcomeOfAttempt, responseExcerptBytes, signWebhook } from './webhook.policy';
import { findDelivery, findEndpoint, insertAttempt, updateDelivery } from './webhook.queries';
import { postToPublicHost, type PublicPostResponse } from '../../platform/http/public-post';
import type { WebhookDeliveryRow, WebhookEndpointRow } from './webhook.table';

export const webhookUserAgent = 'Skillcall-Webhooks/1';

/** The exact request a delivery makes now: the body as stored, and the headers partners rely on. */
export function webhookRequest(endpoint: WebhookEndpointRow, delivery: WebhookDeliveryRow, now: Date) {
  const body = JSON.stringify(delivery.payload);
  return {
    url: endpoint.url,
    body,
    headers: {
      'Content-Type': 'application/json',
      'User-Agent': webhookUserAgent,
      'Skillcall-Webhook-Id': delivery.id,
      'Skillcall-Event-Type': delivery.eventType,
      'Skillcall-Signature': signWebhook(endpoint.secret, body, Math.floor(now.getTime() / 1000)),
    },
  };
}

const disabled: PublicPostResponse = {
  status: null,
  error: 'The endpoint is disabled: the event was not sent.',
  excerpt: null,
  durationMs: 0,
};

export async function deliverWebhook(ctx: Context, deliveryId: string): Promise<void> {
  const delivery = await findDelivery(ctx.db, deliveryId);
  if (!delivery || delivery.status !== 'PENDING') return;
  const endpoint = (await findEndpoint(ctx.db, delivery.endpointId))!;
  const sentAt = ctx.clock.now();
  const response = endpoint.enabled
    ? await postToPublicHost(webhookRequest(endpoint, delivery, sentAt), {
        allowPrivateNetworks: ctx.config.webhooks.allowPrivateNetworks,
        timeoutMs: deliveryTimeoutMs,
        excerptBytes: responseExcerptBytes,
      })
    : disabled;
  await inTransaction(ctx, async (tx) => {
    const current = await findDelivery(tx.db, deliveryId, true);
    if (!current || current.status !== 'PENDING') return;
    await insertAttempt(tx.db, {
      deliveryId,
      attemptedAt: sentAt,
      responseStatus: response.status,
      error: response.error,
      durationMs: response.durationMs,
      responseExcerpt: response.excerpt,
    });
    const attempt = current.attemptCount + 1;
    const delivered = response.status !== null && isSuccessStatus(response.status);
    const outcome = outcomeOfAttempt(attempt, delivered, sentAt, endpoint.enabled);
    await updateDelivery(tx.db, deliveryId, {
      attemptCount: attempt,
      status: outcome.status,
      nextAttemptAt: outcome.status === 'PENDING' ? outcome.nextAttemptAt : null,
      succeededAt: outcome.status === 'SUCCEEDED' ? sentAt : null,
    });
    if (outcome.status === 'PENDING') await queueDeliveryAttempt(tx.db, deliveryId, outcome.nextAttemptAt);
  });
}
