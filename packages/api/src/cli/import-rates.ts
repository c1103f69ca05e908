/**
 * `pnpm import-rates <file>`: stores exchange rates from a file, for an installation that cannot reach the ECB
 * (DATABASE_URL, or the embedded database of `npm start`, with the server stopped). The file is one of the ECB's
 * reference-rate XML files, or a CSV file with the columns `date,currency,rate` (units of the currency per euro).
 */
import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { createAdapters } from '../adapters';
import { createLoaders } from '../loaders';
import { importRatesFile } from '../modules/exchange-rates/exchange-rate.service';
import { systemClock } from '../platform/clock';
import { loadConfig } from '../platform/config';
import { connectDatabase } from '../platform/db/client';
import { ensureDatabase, startEmbeddedPostgres } from '../platform/db/embedded';
import { acquireInstanceLock } from '../platform/db/instance-lock';
import { createLogger } from '../platform/logger';
import { systemContext } from '../platform/system-context';

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error('Usage: pnpm import-rates <file.xml|file.csv>');
  const text = await readFile(file, 'utf8');
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
  const database = connectDatabase(url, 2);
  try {
    const adapters = await createAdapters(config, database, logger);
    const ctx = systemContext({ config, logger, clock: systemClock, db: database.db, adapters, createLoaders }, 'import-rates');
    const loaded = await importRatesFile(ctx, text);
    console.log(`Imported ${loaded.count} rates, from ${loaded.firstDay} to ${loaded.lastDay}.`);
  } finally {
    await database.close();
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
