/**
 * A database outage while the API runs: requests fail fast with a typed "try again" error (HTTP 503, Retry-After)
 * instead of hanging for many seconds, and /readyz says "not ready" within a second, as a load balancer's probe needs.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { print } from 'graphql';
import { BookSlotDocument } from '@skillcall/schema';
import { startApp, type App } from '../src/app';
import { ManualClock } from '../src/platform/clock';
import { loadConfig } from '../src/platform/config';
import { createLogger } from '../src/platform/logger';
import { bookableExpert, signedInUser } from './booking-fixtures';
import type { TestApp } from './harness';
import { createTestDatabase } from './postgres-for-tests';
import { TestClient } from './graphql-client';
import { startTcpProxy, type TcpProxy } from './tcp-proxy';

const clock = new ManualClock(new Date('2048-03-02T06:00:00Z'));
let app: App | undefined;
let proxy: TcpProxy | undefined;

afterEach(async () => {
  await proxy?.close();
  // The pool's connections are gone with the proxy: close without waiting for them.
  await Promise.race([app?.close().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 3000))]);
  app = undefined;
  proxy = undefined;
});

/** The API on a fresh database reached through the proxy, with a signed-in user and an expert to book. */
async function apiBehindProxy() {
  const databaseUrl = await createTestDatabase(inject('adminDatabaseUrl'));
  const target = new URL(databaseUrl);
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port) });
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    WEB_DIST_DIR: '/nonexistent',
    DB_POOL_SIZE: '5',
    TRUSTED_DOCUMENTS: 'off',
    JOB_CONCURRENCY: '0',
  });
  app = await startApp({ config, logger: createLogger(config), databaseUrl: proxy.url(databaseUrl), clock });
  const t: TestApp = {
    app,
    url: app.server.url,
    config,
    clock,
    databaseUrl,
    client: () => new TestClient(app!.server.url),
    close: () => app!.close(),
  };
  const user = await signedInUser(t);
  const { offerings } = await bookableExpert(t);
  return { url: app.server.url, user, offeringId: offerings[0]!.id };
}

describe.each(['refuse', 'hang'] as const)('with the database gone (%s)', (mode) => {
  it('a booking gets a typed "try again" error with HTTP 503 and Retry-After, not a hang or an internal error', async () => {
    const { user, offeringId } = await apiBehindProxy();
    await proxy!.fail(mode);

    const response = await user.raw({
      query: print(BookSlotDocument),
      variables: { input: { offeringId, startsAt: '2048-03-02T08:00:00.000Z', timeZone: 'Europe/Paris' } },
    });
    expect(response.status).toBe(503);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/try again/i),
        extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE' }),
      }),
    ]);
  }, 20_000);

  it('/readyz answers "not ready" within a second (a probe’s usual timeout)', async () => {
    const { url } = await apiBehindProxy();
    await proxy!.fail(mode);

    const response = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(1000) });
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'not ready', checks: { database: false } });
  });
});
