import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

export type Database = PostgresJsDatabase<typeof schema> & { $client: postgres.Sql };
/** A transaction handle has the same query surface as the pool: services take either. */
export type DbExecutor = Database | Parameters<Parameters<Database['transaction']>[0]>[0];

export interface DbHandle {
  db: Database;
  sql: postgres.Sql;
  close(): Promise<void>;
}

export function connectDatabase(url: string, poolSize: number): DbHandle {
  const sql = postgres(url, {
    max: poolSize,
    onnotice: () => {},
    // Sequential scans start at the table's first block rather than joining one under way: the search engine's
    // estimates read how far into the table a scan went (modules/search/search-estimate.ts).
    connection: { application_name: 'skillcall-api', synchronize_seqscans: 'off' },
  });
  const db = drizzle(sql, { schema });
  return { db, sql, close: () => sql.end({ timeout: 5 }) };
}

const dialect = new PgDialect();

/**
 * Runs a statement as a named prepared statement of its connection (postgres.js keeps one per text), so PostgreSQL
 * parses it once and may keep its plan. drizzle sends every statement unnamed, parsed and planned each time: nothing
 * for a simple statement, several milliseconds for the search's.
 */
export async function executePrepared<T extends object>(db: Database, query: SQL): Promise<T[]> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return db.$client.unsafe<T[]>(text, params as postgres.ParameterOrJSON<never>[], { prepare: true });
}

/** Postgres error codes the services map to domain errors instead of letting them become 500s. */
export const pgErrorCodes = {
  uniqueViolation: '23505',
  exclusionViolation: '23P01',
  foreignKeyViolation: '23503',
  checkViolation: '23514',
  restrictViolation: '23001',
} as const;

export function isPgError(error: unknown, code: string, constraint?: string): boolean {
  let current: unknown = error;
  while (current && typeof current === 'object') {
    const candidate = current as { code?: unknown; constraint_name?: unknown; cause?: unknown };
    if (candidate.code === code && (!constraint || candidate.constraint_name === constraint)) return true;
    current = candidate.cause;
  }
  return false;
}
