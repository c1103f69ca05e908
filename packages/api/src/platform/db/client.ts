import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

export type Database = PostgresJsDatabase<typeof schema>;
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
    connection: { application_name: 'skillcall-api' },
  });
  const db = drizzle(sql, { schema });
  return { db, sql, close: () => sql.end({ timeout: 5 }) };
}

/** Postgres error codes the services map to domain errors instead of letting them become 500s. */
export const pgErrorCodes = { uniqueViolation: '23505', exclusionViolation: '23P01', foreignKeyViolation: '23503', checkViolation: '23514', restrictViolation: '23001' } as const;

export function isPgError(error: unknown, code: string, constraint?: string): boolean {
  let current: unknown = error;
  while (current && typeof current === 'object') {
    const candidate = current as { code?: unknown; constraint_name?: unknown; cause?: unknown };
    if (candidate.code === code && (!constraint || candidate.constraint_name === constraint)) return true;
    current = candidate.cause;
  }
  return false;
}
