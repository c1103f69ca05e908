/**
 * Composition root for `npm start`: reads config, starts the embedded PostgreSQL unless DATABASE_URL is set,
 * migrates, seeds demo data the first time, serves API and SPA on one port, and stops everything on Ctrl-C.
 */
import 'reflect-metadata';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import { startApp, type App } from './app';
import { onAFreePort } from './platform/http/http-port';
import { ConfigError, loadConfig } from './platform/config';
import { connectDatabase } from './platform/db/client';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from './platform/db/embedded';
import { EmbeddedPostgresError } from './platform/db/embedded-error';
import { describeFailure } from './platform/describe-failure';
import { acquireInstanceLock, AlreadyRunningError } from './platform/db/instance-lock';
import { runMigrations } from './platform/db/migrate';
import { createLogger } from './platform/logger';
import { vapidKeysFileName } from './modules/notifications/vapid-keys';
import { demoAccounts, demoPassword, seedDemoData } from './seed/demo';

async function main() {
  let config = loadConfig();
  const logger = createLogger(config);
  let embedded: EmbeddedDatabase | null = null;
  let lock: { release(): void } | null = null;
  let app: App | null = null;

  let closing: Promise<void> | null = null;
  const closeApp = () => {
    closing ??= (async () => {
      logger.info('shutting down');
      await app?.close().catch((error: unknown) => logger.error({ err: error }, 'error while closing the server'));
    })();
    return closing;
  };
  exitHook((done) => {
    void (async () => {
      await closeApp();
      await embedded?.stop().catch(() => {});
      lock?.release();
      done();
    })();
  });

  let seeded: Awaited<ReturnType<typeof seedOnce>> | null;
  try {
    let databaseUrl = config.databaseUrl;
    const notify = (line: string) => process.stdout.write(`  ${line}\n`);
    if (!databaseUrl) lock = acquireInstanceLock(config.dataDir);
    // After the lock: a second start on this data folder is told it is already running, not given another port.
    config = await onAFreePort(config, process.env, notify);
    if (!databaseUrl) {
      logger.info({ dataDir: config.dataDir }, 'starting the embedded PostgreSQL');
      embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, logger, notify });
      embedded.beforeStop(closeApp);
      await ensureDatabase(embedded.url('postgres'), 'skillcall');
      databaseUrl = embedded.url('skillcall');
    }

    await runMigrations(databaseUrl);
    // Seeded before the server listens, so /readyz never answers ready over an empty catalogue.
    seeded = config.seedDemoData ? await seedOnce(databaseUrl) : null;
    app = await startApp({ config, logger, databaseUrl });
  } catch (error) {
    // A failed start leaves nothing running: pg_ctl's server would outlive this process.
    await embedded?.stop().catch(() => {});
    lock?.release();
    throw error;
  }

  const lines = [
    '',
    `  Skillcall is running at ${config.publicUrl === `http://localhost:${config.port}` ? app.server.url : config.publicUrl}`,
    `  Database: ${embedded ? `embedded PostgreSQL on port ${embedded.port}, data in ${embedded.directory}` : 'DATABASE_URL'}`,
    config.mail.smtp
      ? `  Email: sent from ${config.mail.from} through the SMTP server at ${new URL(config.mail.smtp.url).host}`
      : `  Email: recorded in the database; read it in the dev mailbox at ${app.server.url}/dev/mailbox`,
    !config.push.enabled
      ? '  Push notifications: off (PUSH=off)'
      : config.push.keys
        ? '  Push notifications: on, with the configured VAPID keys'
        : `  Push notifications: on, with the VAPID keys kept in ${path.join(config.dataDir, vapidKeysFileName)}`,
    '',
    ...(seeded
      ? [`  Demo data created now: ${seeded.experts} experts, ${seeded.pendingApplications} applications waiting for review.`, '']
      : []),
    `  Demo accounts (password "${demoPassword}"):`,
    ...demoAccounts.map((a) => `    ${a.email.padEnd(24)} ${a.roles.join(', ')}`),
    '',
    '  Press Ctrl-C to stop.',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function seedOnce(databaseUrl: string) {
  const database = connectDatabase(databaseUrl, 2);
  try {
    return await seedDemoData(database.db);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof AlreadyRunningError || error instanceof EmbeddedPostgresError) {
    console.error(`\n${error.message}\n`);
  } else {
    console.error(`\nSkillcall could not start: ${describeFailure(error)}\n`);
    // The stack is for whoever debugs Skillcall itself, not for the person starting it.
    if (['debug', 'trace'].includes(process.env.LOG_LEVEL ?? '') && error instanceof Error) console.error(error.stack);
  }
  process.exit(1);
});
