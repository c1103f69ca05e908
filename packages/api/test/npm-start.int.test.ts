/**
 * What `npm start` promises, on the built server (dist/main.js) with the embedded PostgreSQL:
 * one instance per data folder, Ctrl-C stops PostgreSQL too, and data (and the push keys) survive a restart; it starts beside
 * another PostgreSQL on the default port and another server on port 4000, after its own process was killed, and as root
 * from a private folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeDocument, PushSettingsDocument, SignInDocument, SignUpDocument } from '@skillcall/schema';
import { freePort } from './postgres-for-tests';
import { TestClient, expectType } from './graphql-client';
import { insideCheckout, launchBuiltServer, launchBuiltServerFromPrivateCheckout, type BuiltServer } from './built-server';

let dataDir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'skillcall-start-'));
  await chmod(dataDir, 0o755);
  env = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(await freePort()),
    EMBEDDED_PG_PORT: String(await freePort()),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const launch = () => launchBuiltServer(env);

const postgresRunningOn = (dir: string) => spawnSync('pgrep', ['-f', `postgres.*${dir}`]).status === 0;

/** Stops the PostgreSQL a failed test may leave on a cluster folder (its postmaster.pid names it). */
function stopLeftoverPostgres(cluster: string): void {
  try {
    process.kill(Number.parseInt(readFileSync(path.join(cluster, 'postmaster.pid'), 'utf8'), 10), 'SIGINT');
  } catch {
    // none left
  }
}

describe('npm start', () => {
  it('serves one instance per data folder, stops PostgreSQL on Ctrl-C, and keeps data across restarts', async () => {
    const first = launch();
    await first.started();
    expect(first.output()).toMatch(/admin@skillcall\.test/);
    const client = new TestClient(`http://127.0.0.1:${env.PORT}`);
    const { signUp } = await client.data(SignUpDocument, {
      input: { email: 'survivor@example.test', password: 'still here tomorrow', displayName: 'Survivor' },
    });
    expectType(signUp, 'SignUpSuccess');
    // Push works out of the box: a VAPID key pair made now and kept with the data, for browsers' subscriptions to outlive a restart.
    expect(first.output()).toContain(`Push notifications: on, with the VAPID keys kept in ${path.join(dataDir, 'vapid-keys.json')}`);
    const { pushSettings } = await client.data(PushSettingsDocument);
    expect(pushSettings).toEqual({ publicKey: expect.stringMatching(/^[\w-]{87}$/), enabled: true });

    const second = launch();
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/already running on this data folder \(process \d+\)/);

    first.child.kill('SIGINT');
    expect(await first.exited).toBe(130); // the shell convention for "stopped by Ctrl-C", after a clean shutdown
    expect(postgresRunningOn(dataDir)).toBe(false);

    const again = launch();
    await again.started();
    expect(again.output()).not.toMatch(/created now/);
    const returning = new TestClient(`http://127.0.0.1:${env.PORT}`);
    expectType(
      (await returning.data(SignInDocument, { input: { email: 'survivor@example.test', password: 'still here tomorrow' } })).signIn,
      'SignInSuccess',
    );
    expect((await returning.data(MeDocument)).me?.displayName).toBe('Survivor');
    expect((await returning.data(PushSettingsDocument)).pushSettings).toEqual(pushSettings);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(143);
    expect(postgresRunningOn(dataDir)).toBe(false);
  }, 120_000);
});

/** Signs up someone new on a running server and says whether the account works (a database behind the API). */
async function signUpWorks(port: string, email: string): Promise<void> {
  const client = new TestClient(`http://127.0.0.1:${port}`);
  const { signUp } = await client.data(SignUpDocument, { input: { email, password: 'long enough password', displayName: 'Newcomer' } });
  expectType(signUp, 'SignUpSuccess');
}

const databasePortIn = (server: BuiltServer) => Number(/embedded PostgreSQL on port (\d+)/.exec(server.output())?.[1]);

/** Holds 127.0.0.1:`port` for the test, as another checkout or a Postgres of one's own would (if something already does, so be it). */
function occupyPort(port: number): Promise<Server | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(null));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
const occupyDefaultPort = () => occupyPort(54329);
const release = (blocker: Server | null) => new Promise((resolve) => (blocker ? blocker.close(resolve) : resolve(null)));

describe('npm start in production', () => {
  it('refuses to start without SMTP_URL, naming it and the deliberate opt-out', async () => {
    const refused = launchBuiltServer({ ...env, NODE_ENV: 'production', PUBLIC_URL: 'https://help.example.org' });
    expect(await refused.exited).toBe(1);
    expect(refused.output()).toMatch(/SMTP_URL is not set, and this server looks like a real deployment \(NODE_ENV is production\)/);
    expect(refused.output()).toMatch(/MAIL_DELIVERY=dev-mailbox/);
    expect(refused.output()).not.toMatch(/\n\s+at /);
  });
});

describe('npm start beside others and after a crash', () => {
  it('picks another PostgreSQL port when 54329 is taken, keeps it across restarts, and explains a busy EMBEDDED_PG_PORT', async () => {
    const blocker = await occupyDefaultPort();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'skillcall-second-'));
    await chmod(dir, 0o755);
    try {
      const second: NodeJS.ProcessEnv = { ...env, DATA_DIR: dir, PORT: String(await freePort()) };
      delete second.EMBEDDED_PG_PORT;
      const first = launchBuiltServer(second);
      await first.started();
      expect(first.output()).toMatch(/port 54329 is taken by another program; the embedded PostgreSQL uses \d+ for this data folder/);
      const chosen = databasePortIn(first);
      expect(chosen).not.toBe(54329);
      await signUpWorks(second.PORT!, 'beside@example.test');
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(143);

      const again = launchBuiltServer(second);
      await again.started();
      expect(databasePortIn(again)).toBe(chosen);
      expect(again.output()).not.toMatch(/is taken/);
      again.child.kill('SIGTERM');
      expect(await again.exited).toBe(143);

      const pinned = launchBuiltServer({ ...second, EMBEDDED_PG_PORT: '54329' });
      expect(await pinned.exited).toBe(1);
      expect(pinned.output()).toMatch(/Port 54329 \(EMBEDDED_PG_PORT\) is already in use by another program/);
      expect(pinned.output()).not.toMatch(/undefined|\n\s+at /);
    } finally {
      await release(blocker);
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('serves on a free port when 4000 is taken and PORT is unset, and explains a busy PORT before starting anything', async () => {
    const blocker = await occupyPort(4000); // the first checkout's server
    const dir = await mkdtemp(path.join(os.tmpdir(), 'skillcall-beside-'));
    await chmod(dir, 0o755);
    try {
      const beside: NodeJS.ProcessEnv = { ...env, DATA_DIR: dir, EMBEDDED_PG_PORT: String(await freePort()) };
      delete beside.PORT;
      const second = launchBuiltServer(beside);
      await second.started();
      expect(second.output()).toMatch(/Port 4000 is taken by another program; this Skillcall serves on port \d+ instead/);
      const port = /Skillcall is running at http:\/\/localhost:(\d+)/.exec(second.output())?.[1];
      expect(port).toBeDefined();
      expect(port).not.toBe('4000');
      await signUpWorks(port!, 'beside-web@example.test');
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(143);

      // Asked for by name, a busy port is an error said in one sentence, before PostgreSQL is started or migrated.
      const pinnedDir = path.join(dir, 'pinned');
      const pinned = launchBuiltServer({ ...beside, DATA_DIR: pinnedDir, PORT: '4000' });
      expect(await pinned.exited).toBe(1);
      expect(pinned.output()).toMatch(
        /Port 4000 \(PORT\) is already in use by another program: stop it, or choose another port \(PORT=\d+ npm start\)\./,
      );
      expect(pinned.output()).not.toMatch(/undefined|EADDRINUSE|\n\s+at /);
      expect(existsSync(path.join(pinnedDir, 'postgres'))).toBe(false);
    } finally {
      await release(blocker);
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('starts again after its process was killed with -9, stopping the PostgreSQL it left running', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'skillcall-crash-'));
    await chmod(dir, 0o755);
    const crashing = { ...env, DATA_DIR: dir, PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()) };
    try {
      const first = launchBuiltServer(crashing);
      await first.started();
      await signUpWorks(crashing.PORT, 'crash@example.test');
      first.child.kill('SIGKILL');
      await first.exited;
      expect(postgresRunningOn(dir)).toBe(true); // the orphan this test is about

      const again = launchBuiltServer(crashing);
      await again.started();
      expect(again.output()).toMatch(
        /PostgreSQL of an earlier Skillcall that did not shut down \(process \d+\) was still running on this data folder/,
      );
      const client = new TestClient(`http://127.0.0.1:${crashing.PORT}`);
      expectType(
        (await client.data(SignInDocument, { input: { email: 'crash@example.test', password: 'long enough password' } })).signIn,
        'SignInSuccess',
      );
      again.child.kill('SIGTERM');
      expect(await again.exited).toBe(143);
      expect(postgresRunningOn(dir)).toBe(false);
    } finally {
      stopLeftoverPostgres(path.join(dir, 'postgres')); // only if the test failed midway
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

/** A node script starting the test harness's throwaway cluster (startThrowawayPostgres) from the built module, querying it, and stopping it. */
const throwawayCheck = (embeddedModule: string) => `
  const { createRequire } = require('node:module');
  const { startThrowawayPostgres } = require(${JSON.stringify(embeddedModule)});
  const postgres = createRequire(${JSON.stringify(embeddedModule)})('postgres');
  (async () => {
    const server = await startThrowawayPostgres();
    const sql = postgres(server.url('postgres'), { max: 1 });
    const [row] = await sql\`select current_user as who\`;
    await sql.end();
    await server.stop();
    console.log('cluster ' + server.directory + ' answered as ' + row.who);
  })().catch((error) => { console.error(error.message); process.exit(1); });
`;

// PostgreSQL runs as the `postgres` user only when Skillcall runs as root: elsewhere there is nothing to test.
describe.skipIf(process.getuid?.() !== 0)('npm start as root from a private (mode 700) folder', () => {
  it('runs PostgreSQL where its user can reach binaries and data, and serves', async () => {
    const home = await mkdtemp(path.join(os.tmpdir(), 'skillcall-private-')); // mode 700, like /root
    const checkout = path.join(home, 'skillcall');
    await mkdir(checkout);
    const dataDir = path.join(home, 'data');
    const varLib = '/var/lib/skillcall';
    const privateEnv = { ...env, DATA_DIR: dataDir, PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()) };
    try {
      const server = launchBuiltServerFromPrivateCheckout(checkout, privateEnv);
      await server.started();
      const cluster = /data in (\S+)/.exec(server.output())?.[1];
      expect(cluster).toMatch(/^\/var\/lib\/skillcall\/data-[0-9a-f]+\/postgres$/);
      expect(readFileSync(path.join(path.dirname(cluster!), 'DATA_DIR'), 'utf8').trim()).toBe(dataDir);
      await signUpWorks(privateEnv.PORT, 'private@example.test');
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(143);
      expect(postgresRunningOn(cluster!)).toBe(false);

      // What `npm test` does first from such a clone: the harness's throwaway cluster (here with a private TMPDIR too).
      const embedded = insideCheckout(checkout, path.resolve(__dirname, '../dist/platform/db/embedded.js'));
      const harness = launchBuiltServerFromPrivateCheckout(checkout, { ...env, TMPDIR: home }, ['-e', throwawayCheck(embedded)]);
      expect(await harness.exited, harness.output()).toBe(0);
      const [, throwaway, who] = /cluster (\S+) answered as (\w+)/.exec(harness.output()) ?? [];
      expect(who).toBe('skillcall');
      expect(existsSync(throwaway!)).toBe(false);
    } finally {
      // The folders under /var/lib/skillcall this data folder got, even when the test failed before saying so.
      for (const entry of existsSync(varLib) ? await readdir(varLib) : []) {
        const home = path.join(varLib, entry);
        if (!entry.startsWith('data-') || !existsSync(path.join(home, 'DATA_DIR'))) continue;
        if (readFileSync(path.join(home, 'DATA_DIR'), 'utf8').trim() !== dataDir) continue;
        stopLeftoverPostgres(path.join(home, 'postgres'));
        await rm(home, { recursive: true, force: true });
      }
      await rm(home, { recursive: true, force: true });
    }
  }, 180_000);
});
