/**
 * What a maintenance command (`pnpm reindex`, `pnpm import-rates`) runs in: the configured database (DATABASE_URL, or
 * the embedded database of `npm start` with the server stopped, under the data folder's lock), the adapters and a
 * system context. Errors print their message alone and exit 1.
 */
import 'reflect-metadata';
import { createAdapters, type Adapters } from '../adapters';
import { createLoaders } from '../loaders';
import { systemClock } from '../platform/clock';
import { loadConfig } from '../platform/config';
import type { Context } from '../platform/context';
import { connectDatabase } from '../platform/db/client';
import { ensureDatabase, startEmbeddedPostgres } from '../platform/db/embedded';
import { acquireInstanceLock } from '../platform/db/instance-lock';
import { createLogger } from '../platform/logger';
import { systemContext } from '../platform/system-context';

export function runSystemTask(
  name: string,
  options: { poolSize: number },
  task: (ctx: Context, adapters: Adapters) => Promise<void>,
): void {
  const main = async () => {
    const config = loadConfig();
    const logger = createLogger({ ...config, logLevel: 'warn' });
    let url = config.databaseUrl;
    let stop = async () => {};
    if (!url) {
      const lock = acquireInstanceLock(config.dataDir);
      const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, logger });
      await ensureDatabase(embedded.url('postgres'), 'skillcall');
      url = embedded.url('skillcall');
      stop = async () => {
        await embedded.stop();
        lock.release();
      };
    }
    const database = connectDatabase(url, options.poolSize);
    try {
      const adapters = await createAdapters(config, database, logger);
      await task(systemContext({ config, logger, clock: systemClock, db: database.db, adapters, createLoaders }, name), adapters);
    } finally {
      await database.close();
      await stop();
    }
  };
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
