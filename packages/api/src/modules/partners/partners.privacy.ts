/**
 * What the partner module keeps about a person, for their data export, and what goes when they delete their account:
 * their API keys (never the secrets, which are not stored) and their webhook endpoints with what was sent to them.
 */
import type { Context } from '../../platform/context';
import { deleteKeysOf, listOwnerKeys } from './api-key.queries';
import { deleteEndpointsOf, endpointsOf } from './webhook.queries';

export async function partnerDataOf(ctx: Context, userId: string) {
  const [keys, endpoints] = await Promise.all([listOwnerKeys(ctx.db, userId), endpointsOf(ctx.db, userId)]);
  return {
    apiKeys: keys.map((key) => ({
      name: key.name,
      prefix: key.prefix,
      scopes: key.scopes,
      createdAt: key.createdAt,
      lastUsedAt: key.lastUsedAt,
      revokedAt: key.revokedAt,
    })),
    webhookEndpoints: endpoints.map((endpoint) => ({
      url: endpoint.url,
      description: endpoint.description,
      eventTypes: endpoint.eventTypes,
      enabled: endpoint.enabled,
      createdAt: endpoint.createdAt,
    })),
  };
}

/** Deletes the person's API keys (requests with them stop at once) and webhook endpoints (with their deliveries). */
export async function forgetPartnerAccess(ctx: Context, userId: string): Promise<void> {
  await deleteKeysOf(ctx.db, userId);
  await deleteEndpointsOf(ctx.db, userId);
}
