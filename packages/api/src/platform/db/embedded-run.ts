/** Runs one of PostgreSQL's programs (initdb, pg_ctl) as the account chosen for it, with every failure as a sentence. */
import { spawn } from 'node:child_process';
import { EmbeddedPostgresError } from './embedded-error';
import type { PostgresAccount } from './embedded-placement';

export interface ProgramResult {
  code: number | null;
  output: string;
}

export function runProgram(account: PostgresAccount, file: string, args: string[]): Promise<ProgramResult> {
  return new Promise((resolve, reject) => {
    // cwd '/': the caller's folder may be one PostgreSQL's user cannot enter, and initdb and postgres look at theirs.
    const child = spawn(file, args, {
      ...(account ?? {}),
      cwd: '/',
      env: { ...process.env, LC_MESSAGES: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', (error: NodeJS.ErrnoException) => {
      const what = `The embedded PostgreSQL could not run ${file} (${error.code ?? error.message})`;
      const todo =
        error.code === 'EACCES' || error.code === 'EPERM'
          ? 'run Skillcall as a regular user, or set DATABASE_URL to a PostgreSQL server of your own'
          : 'reinstall dependencies (pnpm install), or set DATABASE_URL to a PostgreSQL server of your own';
      reject(new EmbeddedPostgresError(`${what}: ${todo}.`));
    });
    child.once('close', (code) => resolve({ code, output }));
  });
}
