/** Wires a running API from a config and a database URL: used by main.ts, by tests and by benchmarks. */
import { createAdapters, type Adapters } from './adapters';
import { createLoaders } from './loaders';
import { resolveViewer } from './modules/identity/session';
import { systemClock, type Clock } from './platform/clock';
import type { Config } from './platform/config';
import { connectDatabase, type DbHandle } from './platform/db/client';
import { startServer, type RunningServer } from './platform/http/server';
import type { Logger } from './platform/logger';
import { buildAppSchema } from './schema';

export interface App {
  server: RunningServer;
  database: DbHandle;
  adapters: Adapters;
  close(): Promise<void>;
}

export async function startApp(options: { config: Config; logger: Logger; databaseUrl: string; clock?: Clock }): Promise<App> {
  const database = connectDatabase(options.databaseUrl, options.config.dbPoolSize);
  const adapters = createAdapters(options.config, database);
  const server = await startServer({
    config: options.config,
    logger: options.logger,
    clock: options.clock ?? systemClock,
    database,
    adapters,
    schema: buildAppSchema(),
    createLoaders,
    resolveViewer,
  });
  return {
    server,
    database,
    adapters,
    close: async () => {
      await server.close();
      await database.close();
    },
  };
}
