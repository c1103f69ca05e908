/** Runs the built server (dist/main.js, what `npm start` runs) as a child process, for the suites that need real processes. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const entry = path.resolve(__dirname, '../dist/main.js');

export interface BuiltServer {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
  /** Resolves once the process printed its "running" banner (migrated, seeded, listening); fails if it exits first. */
  started(): Promise<void>;
}

export function launchBuiltServer(env: NodeJS.ProcessEnv): BuiltServer {
  if (!existsSync(entry)) throw new Error('Build the API first (`pnpm build`; npm test does it).');
  let output = '';
  const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    exited,
    started: () =>
      waitFor(
        () => {
          if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}:\n${output}`);
          return output.includes('Skillcall is running at');
        },
        'the server to start',
        () => output,
      ),
  };
}

export async function waitFor(predicate: () => boolean, what: string, output: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
