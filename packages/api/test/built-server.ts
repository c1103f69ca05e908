/** Runs the built server (dist/main.js, what `npm start` runs) as a child process, for the suites that need real processes. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { freePort } from './postgres-for-tests';

const entry = path.resolve(__dirname, '../dist/main.js');

export interface BuiltServer {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
  /** Resolves once the process printed its "running" banner (migrated, seeded, listening); fails if it exits first. */
  started(): Promise<void>;
}

export function launchBuiltServer(env: NodeJS.ProcessEnv): BuiltServer {
  return launchServerProcess(process.execPath, [entry], env);
}

/** One API instance of a scaled-out deployment: the built server on a free port, on the shared `databaseUrl`. */
export async function launchApiInstance(databaseUrl: string): Promise<{ server: BuiltServer; url: string }> {
  const port = await freePort();
  const server = launchBuiltServer({
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
  });
  await server.started();
  return { server, url: `http://127.0.0.1:${port}` };
}

/**
 * The built server as a clone in a private (mode 700) folder would run it, as root: this checkout is bind-mounted
 * at `checkout` in a mount namespace of its own, so every path the server sees, node_modules included, lies inside
 * that folder, as in a clone under /root.
 */
export function launchBuiltServerFromPrivateCheckout(
  checkout: string,
  env: NodeJS.ProcessEnv,
  nodeArgs = [insideCheckout(checkout, entry)],
): BuiltServer {
  const script = 'mount --bind "$1" "$2" && shift 2 && exec "$@"';
  return launchServerProcess('unshare', ['-m', 'sh', '-c', script, 'sh', repo, checkout, process.execPath, ...nodeArgs], env);
}

const repo = path.resolve(__dirname, '../../..');

/** Where a file of this checkout appears inside the private one. */
export const insideCheckout = (checkout: string, file: string) => path.join(checkout, path.relative(repo, file));

function launchServerProcess(file: string, args: string[], env: NodeJS.ProcessEnv): BuiltServer {
  if (!existsSync(entry)) throw new Error('Build the API first (`pnpm build`; npm test does it).');
  let output = '';
  const child = spawn(file, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
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
