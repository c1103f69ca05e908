/**
 * Partner API keys: the owner creates them in a browser (the secret is shown once, only its hash is kept), lists
 * them and revokes them. A request made with a key never manages keys.
 */
import { unverifiedRefusal } from '../identity/email-verification.service';
import { z } from 'zod';
import { inTransaction, type SignedInContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { validateInput } from '../../platform/graphql/domain-error';
import { countLiveKeys, findOwnerKey, insertApiKey, listOwnerKeys, lockOwnerKeys, revokeOwnerKey } from './api-key.queries';
import { createApiKeySchema, maxLiveKeysPerUser, newApiKeySecret } from './api-key.policy';
import type { ApiKeyRow } from './api-key.table';
import {
  ApiKey,
  ApiKeyLimitReachedError,
  ApiKeyScope,
  CreateApiKeySuccess,
  RevokeApiKeyPayload,
  type CreateApiKeyInput,
  type RevokeApiKeyInput,
} from './api-key.types';

function toApiKey(row: ApiKeyRow): ApiKey {
  return Object.assign(new ApiKey(), {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes.map((scope) => ApiKeyScope[scope]),
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  });
}

export async function myApiKeys(ctx: SignedInContext): Promise<ApiKey[]> {
  return (await listOwnerKeys(ctx.db, ctx.viewer.userId)).map(toApiKey);
}

export async function createApiKey(ctx: SignedInContext, input: CreateApiKeyInput) {
  const userId = ctx.viewer.userId;
  const valid = validateInput(createApiKeySchema, { name: input.name, scopes: input.scopes });
  if (!valid.ok) return valid.error;
  const unverified = await unverifiedRefusal(ctx);
  if (unverified) return unverified;
  return inTransaction(ctx, async (tx) => {
    await lockOwnerKeys(tx.db, userId);
    if ((await countLiveKeys(tx.db, userId)) >= maxLiveKeysPerUser) {
      return new ApiKeyLimitReachedError(`You have ${maxLiveKeysPerUser} live API keys: revoke one first.`);
    }
    const { secret, prefix, tokenHash } = newApiKeySecret();
    const row = await insertApiKey(tx.db, {
      userId,
      name: valid.data.name,
      prefix,
      tokenHash,
      scopes: valid.data.scopes,
      createdAt: tx.clock.now(),
    });
    return Object.assign(new CreateApiKeySuccess(), { apiKey: toApiKey(row), secret });
  });
}

/** Revokes one of the viewer's keys at once (asking again changes nothing); someone else's key is not found. */
export async function revokeApiKey(ctx: SignedInContext, input: RevokeApiKeyInput): Promise<RevokeApiKeyPayload> {
  const userId = ctx.viewer.userId;
  const notFound = () => new AppError('NOT_FOUND', 'No such API key.');
  if (!z.uuid().safeParse(input.id).success) throw notFound();
  return inTransaction(ctx, async (tx) => {
    await revokeOwnerKey(tx.db, input.id, userId, tx.clock.now());
    const row = await findOwnerKey(tx.db, input.id, userId);
    if (!row) throw notFound();
    return Object.assign(new RevokeApiKeyPayload(), { apiKey: toApiKey(row) });
  });
}
