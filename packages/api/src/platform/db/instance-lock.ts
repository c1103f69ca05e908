/**
 * One `npm start` per data folder. A pid file, checked for a live process: hand-written because the need is
 * this small (lockfile libraries solve cross-host and NFS cases that a local data folder does not have).
 */
import { openSync, readFileSync, rmSync, writeSync, closeSync, mkdirSync } from 'node:fs';
import path from 'node:path';

export class AlreadyRunningError extends Error {
  constructor(
    readonly pid: number,
    readonly lockPath: string,
  ) {
    super(`Skillcall is already running on this data folder (process ${pid}). Stop it first (Ctrl-C in its terminal, or kill ${pid}).`);
    this.name = 'AlreadyRunningError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock or throws AlreadyRunningError; a lock left by a dead process is taken over. */
export function acquireInstanceLock(dataDir: string): { release(): void } {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'skillcall.pid');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => rmSync(lockPath, { force: true });
      // However the process ends (a second Ctrl-C cuts the shutdown short), the lock goes with it.
      process.once('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
      if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) throw new AlreadyRunningError(pid, lockPath);
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}
