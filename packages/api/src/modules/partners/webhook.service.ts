/**
 * Partners' webhook endpoints: a signed-in account registers up to 10 URLs with the events each receives, reads
 * their deliveries and attempts, and changes them from a browser session (the signing secret is shown once, when
 * created or rolled). Someone else's endpoint or delivery is NOT_FOUND, as if it did not exist.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { inTransaction, type Context, type SignedInContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { pageRequest, toConnection, type ConnectionArgs } from '../../platform/graphql/connection';
import { validateInput } from '../../platform/graphql/domain-error';
import { createDelivery, queueDeliveryAttempt } from './webhook.events';
import { endpointChangesSchema, maxEndpointsPerUser, newEndpointSchema, newWebhookSecret } from './webhook.policy';
import {
  countEndpointsOf,
  deleteEndpoint,
  deliveriesOf,
  endpointsOf,
  findDelivery,
  findEndpoint,
  insertEndpoint,
  lockEndpointsOf,
  updateDelivery,
  updateEndpoint,
} from './webhook.queries';
import type { WebhookAttemptRow, WebhookDeliveryRow, WebhookEndpointRow } from './webhook.table';
import {
  DeleteWebhookEndpointPayload,
  WebhookAttempt,
  WebhookDelivery,
  WebhookDeliveryPayload,
  WebhookDeliveryPendingError,
  WebhookDeliveryStatus,
  WebhookEndpoint,
  WebhookEndpointLimitError,
  WebhookEndpointPayload,
  WebhookEndpointSecretPayload,
  WebhookEventType,
  type CreateWebhookEndpointInput,
  type UpdateWebhookEndpointInput,
} from './webhook.types';

const toEndpoint = (row: WebhookEndpointRow): WebhookEndpoint =>
  Object.assign(new WebhookEndpoint(), {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.eventTypes.map((type) => WebhookEventType[type]),
    enabled: row.enabled,
    createdAt: row.createdAt,
  });

const toDelivery = (row: WebhookDeliveryRow): WebhookDelivery =>
  Object.assign(new WebhookDelivery(), {
    id: row.id,
    eventId: row.eventId,
    eventType: WebhookEventType[row.eventType],
    payload: row.payload as Record<string, unknown>,
    status: WebhookDeliveryStatus[row.status],
    nextAttemptAt: row.nextAttemptAt,
    createdAt: row.createdAt,
    succeededAt: row.succeededAt,
  });

const toAttempt = (row: WebhookAttemptRow): WebhookAttempt => Object.assign(new WebhookAttempt(), row);

const endpointNotFound = () => new AppError('NOT_FOUND', 'No such webhook endpoint.');

/** The viewer's endpoint (locked for a change), or NOT_FOUND. */
async function ownEndpoint(ctx: Context, endpointId: string): Promise<WebhookEndpointRow> {
  if (!z.uuid().safeParse(endpointId).success) throw endpointNotFound();
  const row = await findEndpoint(ctx.db, endpointId, true);
  if (!row || row.userId !== ctx.viewer?.userId) throw endpointNotFound();
  return row;
}

const withSecret = (row: WebhookEndpointRow) =>
  Object.assign(new WebhookEndpointSecretPayload(), { endpoint: toEndpoint(row), secret: row.secret });

export async function myWebhookEndpoints(ctx: SignedInContext): Promise<WebhookEndpoint[]> {
  return (await endpointsOf(ctx.db, ctx.viewer.userId)).map(toEndpoint);
}

export async function deliveriesOfEndpoint(ctx: Context, endpoint: WebhookEndpoint, args: ConnectionArgs) {
  const page = pageRequest(args, 2);
  const rows = await deliveriesOf(ctx.db, endpoint.id, page);
  return toConnection(rows, page, (row) => [row.createdAt.toISOString(), row.id], toDelivery);
}

export async function attemptsOfDelivery(ctx: Context, delivery: WebhookDelivery): Promise<WebhookAttempt[]> {
  return (await ctx.loaders.webhookAttemptsByDelivery.load(delivery.id)).map(toAttempt);
}

export async function createWebhookEndpoint(ctx: SignedInContext, input: CreateWebhookEndpointInput) {
  const userId = ctx.viewer.userId;
  const valid = validateInput(newEndpointSchema(ctx.config.webhooks.httpsOnly), input);
  if (!valid.ok) return valid.error;
  return inTransaction(ctx, async (tx) => {
    await lockEndpointsOf(tx.db, userId);
    if ((await countEndpointsOf(tx.db, userId)) >= maxEndpointsPerUser) {
      return new WebhookEndpointLimitError(`You have ${maxEndpointsPerUser} endpoints already: delete one to add another.`);
    }
    const row = await insertEndpoint(tx.db, { userId, ...valid.data, secret: newWebhookSecret(), createdAt: tx.clock.now() });
    return withSecret(row);
  });
}

export async function updateWebhookEndpoint(ctx: Context, input: UpdateWebhookEndpointInput) {
  const valid = validateInput(endpointChangesSchema(ctx.config.webhooks.httpsOnly), {
    url: input.url,
    description: input.description,
    eventTypes: input.eventTypes,
  });
  return inTransaction(ctx, async (tx) => {
    const endpoint = await ownEndpoint(tx, input.endpointId);
    if (!valid.ok) return valid.error;
    const enabled = input.enabled ?? endpoint.enabled;
    const row = await updateEndpoint(tx.db, endpoint.id, { ...valid.data, enabled });
    return Object.assign(new WebhookEndpointPayload(), { endpoint: toEndpoint(row) });
  });
}

export async function deleteWebhookEndpoint(ctx: Context, endpointId: string) {
  return inTransaction(ctx, async (tx) => {
    const endpoint = await ownEndpoint(tx, endpointId);
    await deleteEndpoint(tx.db, endpoint.id);
    return Object.assign(new DeleteWebhookEndpointPayload(), { deletedEndpointId: endpoint.id });
  });
}

/** A new signing secret, at once: the old one no longer signs anything. */
export async function rollWebhookSecret(ctx: Context, endpointId: string) {
  return inTransaction(ctx, async (tx) => {
    const endpoint = await ownEndpoint(tx, endpointId);
    return withSecret(await updateEndpoint(tx.db, endpoint.id, { secret: newWebhookSecret() }));
  });
}

/** A PING delivery to one endpoint, to check the receiver and its signature check. */
export async function sendTestWebhook(ctx: Context, endpointId: string) {
  return inTransaction(ctx, async (tx) => {
    const endpoint = await ownEndpoint(tx, endpointId);
    const data = { endpointId: endpoint.id, message: 'A test event from Skillcall: your endpoint is reachable.' };
    const delivery = await createDelivery(tx, endpoint, { id: randomUUID(), type: 'PING', createdAt: tx.clock.now(), data });
    return Object.assign(new WebhookDeliveryPayload(), { delivery: toDelivery(delivery) });
  });
}

/** Sends a delivery that succeeded or failed again, as a new sequence of attempts (its past attempts stay listed). */
export async function redeliverWebhook(ctx: SignedInContext, deliveryId: string) {
  const notFound = () => new AppError('NOT_FOUND', 'No such webhook delivery.');
  if (!z.uuid().safeParse(deliveryId).success) throw notFound();
  return inTransaction(ctx, async (tx) => {
    const delivery = await findDelivery(tx.db, deliveryId, true);
    const endpoint = delivery && (await findEndpoint(tx.db, delivery.endpointId));
    if (!delivery || endpoint?.userId !== tx.viewer.userId) throw notFound();
    if (delivery.status === 'PENDING') {
      return new WebhookDeliveryPendingError('This delivery is still being tried.');
    }
    const row = await updateDelivery(tx.db, delivery.id, {
      status: 'PENDING',
      attemptCount: 0,
      nextAttemptAt: tx.clock.now(),
      succeededAt: null,
    });
    await queueDeliveryAttempt(tx.db, row.id);
    return Object.assign(new WebhookDeliveryPayload(), { delivery: toDelivery(row) });
  });
}
