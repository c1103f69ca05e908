/** Starts the real API on a fresh cloned database for one test file. */
import 'reflect-metadata';
import { inject } from 'vitest';
import type { Adapters } from '../src/adapters';
import { startApp, type App } from '../src/app';
import { ManualClock, systemClock, type Clock } from '../src/platform/clock';
import { loadConfig, type Config } from '../src/platform/config';
import { createLogger } from '../src/platform/logger';
import { createTestDatabase } from './postgres-for-tests';
import { TestClient } from './graphql-client';

export interface TestApp {
  app: App;
  url: string;
  config: Config;
  clock: Clock;
  databaseUrl: string;
  client(headers?: Record<string, string>): TestClient;
  close(): Promise<void>;
}

export async function startTestApp(
  env: Record<string, string> = {},
  clock: Clock = systemClock,
  wrapAdapters?: (adapters: Adapters) => Adapters,
): Promise<TestApp> {
  const databaseUrl = await createTestDatabase(inject('adminDatabaseUrl'));
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    WEB_DIST_DIR: '/nonexistent',
    DB_POOL_SIZE: '5',
    // Tests send the operations' printed text, as a partner would; the security suite turns enforcement on.
    TRUSTED_DOCUMENTS: 'off',
    // Test servers keep mail in the dev mailbox, even with production settings, unless a test gives an SMTP server.
    ...(!env.SMTP_URL && { MAIL_DELIVERY: 'dev-mailbox' }),
    ...env,
  });
  const app = await startApp({ config, logger: createLogger(config), databaseUrl, clock, wrapAdapters });
  return {
    app,
    url: app.server.url,
    config,
    clock,
    databaseUrl,
    client: (headers) => new TestClient(app.server.url, headers),
    close: () => app.close(),
  };
}

export { ManualClock };
