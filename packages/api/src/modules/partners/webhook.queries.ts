/** Reads and writes of webhook endpoints, deliveries and attempts. */
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/client';
import { keysetAfter } from '../../platform/db/keyset';
import type { PageRequest } from '../../platform/graphql/connection';
import {
  webhookAttempts,
  webhookDeliveries,
  webhookEndpoints,
  type WebhookAttemptRow,
  type WebhookDeliveryRow,
  type WebhookEndpointRow,
  type WebhookEventName,
} from './webhook.table';

/** Serialises changes to one account's endpoints (the limit per account is checked under it). */
export async function lockEndpointsOf(db: DbExecutor, userId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`webhook-endpoints:${userId}`}, 0))`);
}

export async function countEndpointsOf(db: DbExecutor, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(webhookEndpoints).where(eq(webhookEndpoints.userId, userId));
  return row?.n ?? 0;
}

export async function insertEndpoint(db: DbExecutor, values: typeof webhookEndpoints.$inferInsert): Promise<WebhookEndpointRow> {
  const [row] = await db.insert(webhookEndpoints).values(values).returning();
  return row!;
}

export async function findEndpoint(db: DbExecutor, id: string, lock = false): Promise<WebhookEndpointRow | undefined> {
  const query = db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export function endpointsOf(db: DbExecutor, userId: string): Promise<WebhookEndpointRow[]> {
  return db
    .select()
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.userId, userId))
    .orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id));
}

export async function updateEndpoint(db: DbExecutor, id: string, changes: Partial<WebhookEndpointRow>): Promise<WebhookEndpointRow> {
  const [row] = await db.update(webhookEndpoints).set(changes).where(eq(webhookEndpoints.id, id)).returning();
  return row!;
}

export async function deleteEndpoint(db: DbExecutor, id: string): Promise<void> {
  await db.delete(webhookEndpoints).where(eq(webhookEndpoints.id, id));
}

/** The enabled endpoints of these accounts subscribed to an event type. */
export function subscribedEndpoints(db: DbExecutor, userIds: string[], type: WebhookEventName): Promise<WebhookEndpointRow[]> {
  return db
    .select()
    .from(webhookEndpoints)
    .where(
      and(
        inArray(webhookEndpoints.userId, userIds),
        eq(webhookEndpoints.enabled, true),
        sql`${type}::webhook_event_type = any(${webhookEndpoints.eventTypes})`,
      ),
    );
}

export async function insertDelivery(db: DbExecutor, values: typeof webhookDeliveries.$inferInsert): Promise<WebhookDeliveryRow> {
  const [row] = await db.insert(webhookDeliveries).values(values).returning();
  return row!;
}

export async function findDelivery(db: DbExecutor, id: string, lock = false): Promise<WebhookDeliveryRow | undefined> {
  const query = db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function updateDelivery(db: DbExecutor, id: string, changes: Partial<WebhookDeliveryRow>): Promise<WebhookDeliveryRow> {
  const [row] = await db.update(webhookDeliveries).set(changes).where(eq(webhookDeliveries.id, id)).returning();
  return row!;
}

/** An endpoint's deliveries, newest first. */
export function deliveriesOf(db: DbExecutor, endpointId: string, page: PageRequest): Promise<WebhookDeliveryRow[]> {
  const columns = [webhookDeliveries.createdAt, webhookDeliveries.id];
  return db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.endpointId, endpointId), keysetAfter(columns, page.after, 'desc')))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(page.limit);
}

export async function insertAttempt(db: DbExecutor, values: typeof webhookAttempts.$inferInsert): Promise<void> {
  await db.insert(webhookAttempts).values(values);
}

/** The attempts of these deliveries, oldest first. */
export function attemptsOfDeliveries(db: DbExecutor, deliveryIds: readonly string[]): Promise<WebhookAttemptRow[]> {
  return db
    .select()
    .from(webhookAttempts)
    .where(inArray(webhookAttempts.deliveryId, [...deliveryIds]))
    .orderBy(asc(webhookAttempts.attemptedAt), asc(webhookAttempts.id));
}

export async function deleteEndpointsOf(db: DbExecutor, userId: string): Promise<void> {
  await db.delete(webhookEndpoints).where(eq(webhookEndpoints.userId, userId));
}
