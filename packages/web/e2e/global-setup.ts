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

/**
 * The server answers /readyz before it has seeded the demo data (main.ts seeds after starting): tests sign in as the
 * demo accounts, so wait until the seed's transaction is visible (the demo expert's public profile).
 */
async function waitForDemoData(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ expert(slug: "elodie-lefevre") { id } }' }),
      });
      const body = (await response.json()) as { data?: { expert: { id: string } | null } };
      if (body.data?.expert) return;
    } catch {
      // not answering yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('The demo data was not seeded within 60 seconds.');
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
  await waitForDemoData(baseUrl);
  project.provide('baseUrl', baseUrl);
  project.provide('e2eDatabaseUrl', databaseUrl);

  return async () => {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
    await pg.stop();
  };
}
