/**
 * The built product as `npm start` runs it (packages/api/dist/main.js serving packages/web/dist), in production mode,
 * on a throwaway embedded PostgreSQL seeded with the demo data, on a free loopback port. For the web's measurements
 * (first-load.mjs, lighthouse.bench.mjs); `pnpm build` first.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const apiDist = path.join(root, 'packages/api/dist');
export const webDist = path.join(root, 'packages/web/dist');
const require = createRequire(import.meta.url);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts the app; resolves with its URL and a `stop()` that ends the server and removes the database. */
export async function startBuiltApp() {
  for (const file of [path.join(apiDist, 'main.js'), path.join(webDist, 'index.html')]) {
    if (!existsSync(file)) throw new Error(`${path.relative(root, file)} is missing: run \`pnpm build\` first.`);
  }
  const { startThrowawayPostgres, ensureDatabase } = require(path.join(apiDist, 'platform/db/embedded.js'));
  const pg = await startThrowawayPostgres();
  try {
    await ensureDatabase(pg.url('postgres'), 'skillcall');
    const port = await freePort();
    const child = spawn(process.execPath, [path.join(apiDist, 'main.js')], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PUSH: 'off',
        DATABASE_URL: pg.url('skillcall'),
        PORT: String(port),
        HOST: '127.0.0.1',
        // Plain http on loopback: secure cookies (and upgrade-insecure-requests) would not apply.
        COOKIE_SECURE: 'false',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // main.js seeds the demo data, then listens, then prints its banner.
    await new Promise((resolve, reject) => {
      const check = () => (output.includes('Skillcall is running at') ? resolve() : undefined);
      child.stdout.on('data', check);
      void exited.then((code) => reject(new Error(`The server exited with ${code}:\n${output}`)));
    });
    return {
      url: `http://127.0.0.1:${port}`,
      stop: async () => {
        child.kill('SIGTERM');
        await exited;
        await pg.stop();
      },
    };
  } catch (error) {
    await pg.stop();
    throw error;
  }
}
