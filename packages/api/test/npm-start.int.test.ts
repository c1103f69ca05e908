/**
 * What `npm start` promises, on the built server (dist/main.js) with the embedded PostgreSQL:
 * one instance per data folder, Ctrl-C stops PostgreSQL too, and data survives a restart.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeDocument, SignInDocument, SignUpDocument } from '@skillcall/schema';
import { freePort } from './postgres-for-tests';
import { TestClient, expectType } from './graphql-client';

const entry = path.resolve(__dirname, '../dist/main.js');
let dataDir: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  if (!existsSync(entry)) throw new Error('Build the API first (`pnpm build`; npm test does it).');
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'skillcall-start-'));
  await chmod(dataDir, 0o755);
  env = { ...process.env, DATA_DIR: dataDir, PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()), HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

function launch(): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let output = '';
  const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(predicate: () => boolean, what: string, output: () => string) {
  const deadline = Date.now() + 60_000;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const postgresRunningOn = (dir: string) => spawnSync('pgrep', ['-f', `postgres.*${dir}`]).status === 0;

describe('npm start', () => {
  it('serves one instance per data folder, stops PostgreSQL on Ctrl-C, and keeps data across restarts', async () => {
    const first = launch();
    await waitFor(() => first.output().includes('Skillcall is running at'), 'the first start', first.output);
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
    await waitFor(() => again.output().includes('Skillcall is running at'), 'the restart', again.output);
    expect(again.output()).not.toMatch(/created now/);
    const returning = new TestClient(`http://127.0.0.1:${env.PORT}`);
    expectType((await returning.data(SignInDocument, { input: { email: 'survivor@example.test', password: 'still here tomorrow' } })).signIn, 'SignInSuccess');
    expect((await returning.data(MeDocument)).me?.displayName).toBe('Survivor');
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(143);
    expect(postgresRunningOn(dataDir)).toBe(false);
  }, 120_000);
});
