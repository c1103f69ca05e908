/** `pnpm reindex`: rebuilds the search index from the database (DATABASE_URL, or the embedded database of `npm start`). */
import 'reflect-metadata';
import { createAdapters } from '../adapters';
import { createLoaders } from '../loaders';
import { reindexAll } from '../modules/search/search.indexer';
import { systemClock } from '../platform/clock';
import { loadConfig } from '../platform/config';
import { connectDatabase } from '../platform/db/client';
import { ensureDatabase, startEmbeddedPostgres } from '../platform/db/embedded';
import { acquireInstanceLock } from '../platform/db/instance-lock';
import { createLogger } from '../platform/logger';
import { systemContext } from '../platform/system-context';

async function main() {
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
  const database = connectDatabase(url, 4);
  try {
    const adapters = await createAdapters(config, database, logger);
    await adapters.search.ensureReady();
    const started = Date.now();
    const count = await reindexAll(
      systemContext({ config, logger, clock: systemClock, db: database.db, adapters, createLoaders }, 'reindex'),
    );
    console.log(`Reindexed ${count} experts into ${adapters.search.name} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await database.close();
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
