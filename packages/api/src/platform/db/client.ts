import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { connect, type Socket } from 'node:net';
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

export interface DbTimeouts {
  /** Opening a connection, up to the server's first "ready" (postgres.js `connect_timeout`). */
  connectSeconds: number;
  /** PostgreSQL's `statement_timeout` for this pool; the client also gives up one second later on a silent server. */
  statementMs: number;
}

/** `timeouts` for the API's pool; without them (command-line tools running long statements) nothing is cut short. */
export function connectDatabase(url: string, poolSize: number, timeouts?: DbTimeouts): DbHandle {
  const sql = postgres(url, {
    max: poolSize,
    onnotice: () => {},
    ...(timeouts && { connect_timeout: timeouts.connectSeconds, socket: socketWithAnswerDeadline(timeouts.statementMs + 1000) }),
    connection: {
      application_name: 'skillcall-api',
      // Sequential scans start at the table's first block rather than joining one under way: the search engine's
      // estimates read how far into the table a scan went (modules/search/search-estimate.ts).
      synchronize_seqscans: 'off',
      ...(timeouts && { statement_timeout: timeouts.statementMs }),
    },
  });
  const db = drizzle(sql, { schema });
  return { db, sql, close: () => sql.end({ timeout: 5 }) };
}

/**
 * The pool's sockets give up on a silent server: once a request is written, some answer must arrive within
 * `deadlineMs`, or the socket is destroyed and its queries fail (DB_ANSWER_TIMEOUT). postgres.js has connect and idle
 * timeouts but none for an answer, and `statement_timeout` is enforced by the server: a frozen host or a lost network
 * would otherwise hold every request until TCP gives up, minutes later. (postgres.js takes a connected socket from
 * `socket` and speaks its protocol over it; the connect timeout still applies.)
 */
function socketWithAnswerDeadline(deadlineMs: number) {
  let attempt = 0;
  return (options: { host: string[]; port: number[]; path?: string | false }): Socket => {
    // A Unix socket path, or the URL's hosts in turn (as postgres.js itself does with several).
    const at = attempt++ % options.host.length;
    const socket = options.path ? connect(options.path) : connect(options.port[at] ?? options.port[0]!, options.host[at]!);
    let timer: NodeJS.Timeout | null = null;
    const disarm = () => {
      if (timer) clearTimeout(timer);
      timer = null;
    };
    const write = socket.write.bind(socket) as (...args: unknown[]) => boolean;
    socket.write = ((...args: unknown[]) => {
      timer ??= setTimeout(() => {
        socket.destroy(Object.assign(new Error(`the database did not answer within ${deadlineMs} ms`), { code: 'DB_ANSWER_TIMEOUT' }));
      }, deadlineMs);
      return write(...args);
    }) as Socket['write'];
    socket.on('data', disarm);
    socket.on('close', disarm);
    return socket;
  };
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
