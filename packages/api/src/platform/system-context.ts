import { randomUUID } from 'node:crypto';
import type { Adapters } from '../adapters';
import type { Loaders } from '../loaders';
import type { Clock } from './clock';
import type { Config } from './config';
import type { Context, HttpExchange, Viewer } from './context';
import type { Database, DbExecutor } from './db/client';
import type { Logger } from './logger';

export interface ContextDeps {
  config: Config;
  logger: Logger;
  clock: Clock;
  db: Database;
  adapters: Adapters;
  createLoaders(db: DbExecutor): Loaders;
}

/** The one place a Context is assembled: for requests (HTTP, WebSocket) and for system work alike. */
export function buildContext(deps: ContextDeps, request: { viewer: Viewer | null; requestId: string; http: HttpExchange | null }): Context {
  const { viewer, requestId, http } = request;
  return {
    viewer,
    db: deps.db,
    pool: deps.db,
    loaders: deps.createLoaders(deps.db),
    newLoaders: () => deps.createLoaders(deps.db),
    requestId,
    clock: deps.clock,
    logger: deps.logger.child({ requestId }),
    config: deps.config,
    adapters: deps.adapters,
    http,
  };
}

/** The context of work no user asked for directly: jobs (`job` given), command-line tools. */
export function systemContext(deps: ContextDeps, label: string, job?: { id: string }): Context {
  const ctx = buildContext(deps, { viewer: null, requestId: `${label}:${randomUUID()}`, http: null });
  return job ? { ...ctx, job: { id: job.id } } : ctx;
}
