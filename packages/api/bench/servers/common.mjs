/** What every bench server process needs: the built API's modules, a throwaway database, the API on it. */
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('reflect-metadata');
export const dist = (p) => require(path.join(import.meta.dirname, '../../dist', p));

export async function startDatabase() {
  const { startThrowawayPostgres, ensureDatabase } = dist('platform/db/embedded.js');
  const { runMigrations } = dist('platform/db/migrate.js');
  const server = await startThrowawayPostgres();
  await ensureDatabase(server.url('postgres'), 'bench');
  const url = server.url('bench');
  await runMigrations(url);
  return { url, stop: () => server.stop() };
}

/** The built API with production settings, except trusted documents: the benches send their own queries, as partners' keys may. */
export async function startApi(databaseUrl, env = {}) {
  const { loadConfig } = dist('platform/config.js');
  const { createLogger } = dist('platform/logger.js');
  const { startApp } = dist('app.js');
  const config = loadConfig({
    NODE_ENV: 'production',
    MAIL_LINK_SECRET: 'benchmark-mail-link-secret-of-32-characters',
    PUSH: 'off',
    TRUSTED_DOCUMENTS: 'off',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    WEB_DIST_DIR: '/nonexistent',
    DB_POOL_SIZE: '10',
    // Mail stays in the dev mailbox unless a bench gives an SMTP server (production settings refuse neither).
    ...(!env.SMTP_URL && { MAIL_DELIVERY: 'dev-mailbox' }),
    ...env,
  });
  // The config too, for benches that build contexts of their own.
  return Object.assign(await startApp({ config, logger: createLogger(config), databaseUrl }), { config });
}

/** What a system context needs, for benches that run jobs or services themselves on a started API (logging off). */
export function contextDeps(app) {
  const { createLogger } = dist('platform/logger.js');
  const { createLoaders } = dist('loaders.js');
  const { systemClock } = dist('platform/clock.js');
  return {
    config: app.config,
    logger: createLogger({ ...app.config, logLevel: 'silent' }),
    clock: systemClock,
    db: app.database.db,
    adapters: app.adapters,
    createLoaders,
  };
}

/** Prints the ready message for the parent, then stops everything when the parent closes stdin. */
export function announce(ready, stopAll) {
  process.stdout.write(`${JSON.stringify(ready)}\n`);
  process.stdin.resume();
  process.stdin.on('end', async () => {
    await stopAll();
    process.exit(0);
  });
}
