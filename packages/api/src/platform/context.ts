/**
 * What every resolver and service receives first: who is asking, the database (pool or transaction),
 * per-request loaders, the request id for logs, the clock, and the adapters chosen at startup.
 */
import type { Clock } from './clock';
import type { Config } from './config';
import type { Database, DbExecutor } from './db/client';
import type { Logger } from './logger';
import type { Loaders } from '../loaders';
import type { Adapters } from '../adapters';

export type Role = 'USER' | 'EXPERT' | 'ADMIN';

/** What a partner's API key may reach; each root field open to keys names the scope it needs. */
export type ApiKeyScope = 'CATALOG_READ' | 'SEARCH' | 'BOOKINGS_READ' | 'WEBHOOKS_READ' | 'MESSAGES';

export interface Viewer {
  userId: string;
  /** The browser session behind a cookie; null when the request came with an API key. */
  sessionId: string | null;
  roles: Role[];
  /** Set when the request authenticated with a partner API key (`Authorization: Bearer skc_...`) instead of a cookie. */
  apiKey?: { id: string; scopes: ApiKeyScope[] };
}

/** Cookie access for the HTTP transport; absent on WebSocket operations. */
export interface HttpExchange {
  ip: string;
  /** The `Host` header the client sent (what its address bar, or a rebound DNS name, says). */
  host: string | null;
  userAgent: string | null;
  setCookie(name: string, value: string, maxAgeSeconds: number): void;
  clearCookie(name: string): void;
}

export interface Context {
  viewer: Viewer | null;
  db: DbExecutor;
  /** The pool, for work that must commit on its own (e.g. after a transaction). */
  pool: Database;
  loaders: Loaders;
  /** New, empty loaders (a subscription takes fresh ones for each event: see `liveEvents`). */
  newLoaders(): Loaders;
  requestId: string;
  clock: Clock;
  logger: Logger;
  config: Config;
  adapters: Adapters;
  http: HttpExchange | null;
  /** The background job this work runs for, if any (its id stays the same when the job runs again). */
  job?: { id: string };
}

/** The context of a `@SignedIn` root field (and of the services it calls): someone is signed in. */
export type SignedInContext = Context & { viewer: Viewer };

export const isSignedIn = (ctx: Context): ctx is SignedInContext => ctx.viewer !== null;

/** Runs `work` in one transaction with a context whose `db` is that transaction (a signed-in context stays one). */
export async function inTransaction<C extends Context, T>(ctx: C, work: (tx: C) => Promise<T>): Promise<T> {
  return ctx.pool.transaction((db) => work({ ...ctx, db }));
}
