/**
 * Starts the built product the way `npm start` does (node packages/api/dist/main.js, serving the built SPA),
 * on its own PostgreSQL database cloned from the migrated template, and gives tests its URL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { createTestDatabase, freePort, startTestPostgres } from '../../api/test/postgres-for-tests';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    e2eDatabaseUrl: string;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** main.js seeds the demo data before it listens, so a ready server already has the demo accounts and experts. */
async function waitUntilReady(url: string, server: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The server exited with ${server.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server did not become ready:\n${output()}`);
}

export default async function setup(project: TestProject) {
  const entry = path.join(root, 'packages/api/dist/main.js');
  if (!existsSync(path.join(root, 'packages/web/dist/index.html')) || !existsSync(entry)) {
    throw new Error('Build first: `pnpm build` (npm test does it).');
  }
  const pg = await startTestPostgres();
  const databaseUrl = await createTestDatabase(pg.adminUrl);
  const port = await freePort();
  let output = '';
  const server = spawn(process.execPath, [entry], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilReady(baseUrl, server, () => output);
  project.provide('baseUrl', baseUrl);
  project.provide('e2eDatabaseUrl', databaseUrl);

  return async () => {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
    await pg.stop();
  };
}
