/** Who a request made with a partner API key acts as: the key's owner, limited to the key's scopes. */
import type { Clock } from '../../platform/clock';
import type { Viewer } from '../../platform/context';
import type { DbExecutor } from '../../platform/db/client';
import { findLiveKeyByHash, touchKey } from './api-key.queries';
import { apiKeySecretHash } from './api-key.policy';

/** `lastUsedAt` moves at most once a minute, so a busy key does not write on every request. */
const touchIntervalMs = 60 * 1000;

/**
 * The viewer behind a key's secret; null when the secret is malformed, unknown or revoked. A key never carries its
 * owner's ADMIN role: an admin's integration reads what any member could, not the whole platform's bookings.
 */
export async function resolveApiKeyViewer(db: DbExecutor, secret: string, clock: Clock): Promise<Viewer | null> {
  const tokenHash = apiKeySecretHash(secret);
  if (!tokenHash) return null;
  const key = await findLiveKeyByHash(db, tokenHash);
  if (!key) return null;
  const now = clock.now();
  const touchedAfter = new Date(now.getTime() - touchIntervalMs);
  if (!key.lastUsedAt || key.lastUsedAt < touchedAfter) await touchKey(db, key.id, now, touchedAfter);
  return {
    userId: key.userId,
    sessionId: null,
    roles: key.roles.filter((role) => role !== 'ADMIN'),
    apiKey: { id: key.id, scopes: key.scopes },
  };
}
