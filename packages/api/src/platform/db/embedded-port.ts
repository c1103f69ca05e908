/**
 * The embedded PostgreSQL's port. EMBEDDED_PG_PORT when set (and then it must be free); otherwise the port this
 * data folder used last (DATA_DIR/embedded-postgres.json), else 54329, else any free loopback port, remembered so
 * that restarts keep it. Two checkouts, or a Postgres of one's own on 54329, can then run side by side.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { listenable as listenableOn } from '../listenable';
import { EmbeddedPostgresError } from './embedded-error';

export const defaultEmbeddedPort = 54329;

const listenable = (port: number) => listenableOn(port, '127.0.0.1');

/** Any port 127.0.0.1 can listen on now. */
export async function freeLoopbackPort(): Promise<number> {
  const port = await listenable(0);
  if (port === null)
    throw new EmbeddedPostgresError('No free loopback port for the embedded PostgreSQL: set EMBEDDED_PG_PORT or DATABASE_URL.');
  return port;
}

const stateFile = (dataDir: string) => path.join(dataDir, 'embedded-postgres.json');

async function rememberedPort(dataDir: string): Promise<number | null> {
  try {
    const { port } = JSON.parse(await readFile(stateFile(dataDir), 'utf8')) as { port?: unknown };
    return Number.isInteger(port) && (port as number) > 0 && (port as number) < 65536 ? (port as number) : null;
  } catch {
    return null;
  }
}

/** The port to start on, and a line for the user when it is not the one they would expect. */
export async function chooseEmbeddedPort(options: {
  dataDir: string;
  requested: number | undefined;
  remember: boolean;
}): Promise<{ port: number; notice: string | null }> {
  if (options.requested !== undefined) {
    if ((await listenable(options.requested)) !== null) return { port: options.requested, notice: null };
    throw new EmbeddedPostgresError(
      `Port ${options.requested} (EMBEDDED_PG_PORT) is already in use by another program: choose another port, or unset EMBEDDED_PG_PORT to let Skillcall pick a free one.`,
    );
  }
  const preferred = (options.remember ? await rememberedPort(options.dataDir) : null) ?? defaultEmbeddedPort;
  let port = await listenable(preferred);
  let notice: string | null = null;
  if (port === null) {
    port = await freeLoopbackPort();
    notice = `PostgreSQL's port ${preferred} is taken by another program; the embedded PostgreSQL uses ${port} for this data folder from now on.`;
  }
  if (options.remember && port !== (await rememberedPort(options.dataDir))) {
    await writeFile(stateFile(options.dataDir), `${JSON.stringify({ port })}\n`);
  }
  return { port, notice };
}
