/**
 * Limits shared by every API instance: rate-limiter-flexible's Postgres limiter, on our own postgres.js pool
 * through a small query adapter, storing in the `rate_limits` table that a migration creates. Two kinds: attempt
 * limiters count failures (sign-in), request limiters count every request (partner API keys).
 */
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
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

function postgresLimiter(sql: postgres.Sql, name: string, points: number, windowSeconds: number) {
  return new RateLimiterPostgres({
    storeClient: pgStyleClient(sql),
    storeType: 'pool',
    tableName: 'rate_limits',
    tableCreated: true,
    clearExpiredByTimeout: false,
    keyPrefix: name,
    points,
    duration: windowSeconds,
  });
}

export function createAttemptLimiter(
  sql: postgres.Sql,
  options: { name: string; maxFailures: number; windowSeconds: number },
): AttemptLimiter {
  const limiter = postgresLimiter(sql, options.name, options.maxFailures, options.windowSeconds);
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

/** Where a key stands after one more request in the current window. */
export interface RequestQuota {
  /** Requests allowed per window. */
  limit: number;
  /** Requests still allowed in this window. */
  remaining: number;
  /** Seconds until the window starts again (at least 1). */
  resetSeconds: number;
  /** False when this request is over the limit: it must not run. */
  allowed: boolean;
}

export interface RequestLimiter {
  /** Counts one request against the key. */
  consume(key: string): Promise<RequestQuota>;
}

export function createRequestLimiter(sql: postgres.Sql, options: { name: string; limit: number; windowSeconds: number }): RequestLimiter {
  const limiter = postgresLimiter(sql, options.name, options.limit, options.windowSeconds);
  const quota = (state: RateLimiterRes, allowed: boolean): RequestQuota => ({
    limit: options.limit,
    remaining: Math.max(0, state.remainingPoints),
    resetSeconds: Math.max(1, Math.ceil(state.msBeforeNext / 1000)),
    allowed,
  });
  return {
    async consume(key) {
      try {
        return quota(await limiter.consume(key), true);
      } catch (rejection) {
        // rate-limiter-flexible rejects with the key's state when it is over the limit, and with an Error on failure.
        if (rejection instanceof RateLimiterRes) return quota(rejection, false);
        throw rejection;
      }
    },
  };
}
