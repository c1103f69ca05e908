/**
 * What `npm start` promises, on the built server (dist/main.js) with the embedded PostgreSQL:
 * one instance per data folder, Ctrl-C stops PostgreSQL too, and data survives a restart.
 */
import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeDocument, SignInDocument, SignUpDocument } from '@skillcall/schema';
import { freePort } from './postgres-for-tests';
import { TestClient, expectType } from './graphql-client';
import { launchBuiltServer } from './built-server';

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
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(143);
    expect(postgresRunningOn(dataDir)).toBe(false);
  }, 120_000);
});
