/**
 * One PostgreSQL server per test run: the embedded one in a temporary folder, or TEST_DATABASE_URL's server.
 * Migrations are applied once to a template database; every test file clones it (CREATE DATABASE … TEMPLATE),
 * which is fast, isolated, and exercises the real migrations.
 */
import { createServer } from 'node:net';
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { startThrowawayPostgres } from '../src/platform/db/embedded';
import { runMigrations } from '../src/platform/db/migrate';

export const templateDatabase = 'skillcall_test_template';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export interface TestPostgres {
  adminUrl: string;
  stop(): Promise<void>;
}

export async function startTestPostgres(): Promise<TestPostgres> {
  const external = process.env.TEST_DATABASE_URL;
  let adminUrl: string;
  let stop = async () => {};
  if (external) {
    adminUrl = external;
  } else {
    const server = await startThrowawayPostgres();
    adminUrl = server.url('postgres');
    stop = () => server.stop();
  }
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${templateDatabase} with (force)`);
  await admin.unsafe(`create database ${templateDatabase}`);
  await admin.end();
  await runMigrations(withDatabase(adminUrl, templateDatabase));
  return { adminUrl, stop };
}

/** A fresh database cloned from the migrated template; returns its URL. */
export async function createTestDatabase(adminUrl: string): Promise<string> {
  const name = `skillcall_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name} template ${templateDatabase}`);
  } finally {
    await admin.end();
  }
  return withDatabase(adminUrl, name);
}
