/**
 * Attempt limits shared by every API instance: rate-limiter-flexible's Postgres limiter, on our own
 * postgres.js pool through a small query adapter, storing in the `rate_limits` table that a migration creates.
 */
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import type postgres from 'postgres';

export interface AttemptLimiter {
  /** Seconds until the key may try again, or 0 when it may try now. */
  retryAfterSeconds(key: string): Promise<number>;
  /** Counts one failed attempt against the key. */
  recordFailure(key: string): Promise<void>;
  /** Forgets the key's failures (after a success). */
  reset(key: string): Promise<void>;
}

/** The `pg`-style `query({ text, values })` that rate-limiter-flexible calls, answered by postgres.js. */
function pgStyleClient(sql: postgres.Sql) {
  return {
    query: async (q: { text: string; values?: unknown[] }) => {
      const rows = await sql.unsafe(q.text, (q.values ?? []) as postgres.ParameterOrJSON<never>[]);
      return { rows: [...rows], rowCount: rows.count };
    },
  };
}

export function createAttemptLimiter(
  sql: postgres.Sql,
  options: { name: string; maxFailures: number; windowSeconds: number },
): AttemptLimiter {
  const limiter = new RateLimiterPostgres({
    storeClient: pgStyleClient(sql),
    storeType: 'pool',
    tableName: 'rate_limits',
    tableCreated: true,
    clearExpiredByTimeout: false,
    keyPrefix: options.name,
    points: options.maxFailures,
    duration: options.windowSeconds,
  });
  return {
    async retryAfterSeconds(key) {
      const state = await limiter.get(key);
      if (!state || state.consumedPoints < options.maxFailures) return 0;
      return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
    },
    async recordFailure(key) {
      await limiter.penalty(key, 1);
    },
    async reset(key) {
      await limiter.delete(key);
    },
  };
}
