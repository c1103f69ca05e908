#!/usr/bin/env node
/**
 * The README's two commands. On a machine with only node and npm:
 *   npm start  installs what is missing (pnpm included), builds, and runs Skillcall with an embedded PostgreSQL.
 *   npm test   installs what is missing (Debian's chromium included), then typechecks, lints, builds and runs every suite.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pnpmVersion = '10.34.9';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(`\n✗ ${[command, ...args].join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

function works(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'ignore' });
  return !result.error && result.status === 0;
}

/** pnpm on PATH, or installed globally with npm, or run through npx as a last resort. */
function pnpm() {
  if (works('pnpm', ['--version'])) return ['pnpm'];
  console.log(`→ Installing pnpm ${pnpmVersion} with npm…`);
  if (works('npm', ['install', '--global', `pnpm@${pnpmVersion}`]) && works('pnpm', ['--version'])) return ['pnpm'];
  return ['npx', '--yes', `pnpm@${pnpmVersion}`];
}

function installDependencies(pnpmCommand) {
  const [command, ...prefix] = pnpmCommand;
  console.log('→ Installing dependencies (pnpm install)…');
  run(command, [...prefix, 'install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only'], {
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
}

function ensureChromium() {
  const wanted = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(wanted)) return;
  console.log('→ Installing Chromium from Debian packages (for the end-to-end tests)…');
  const asRoot = process.getuid?.() === 0;
  const sudo = asRoot ? [] : ['sudo', '-n'];
  const apt = (...args) =>
    run(sudo[0] ?? 'apt-get', [...sudo.slice(1), ...(sudo.length ? ['apt-get'] : []), ...args], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  if (!asRoot && !works('sudo', ['-n', 'true'])) {
    console.error('✗ Chromium is missing and this user cannot install it. Run: sudo apt-get install -y chromium (or set CHROMIUM_PATH).');
    process.exit(1);
  }
  apt('update', '-qq');
  apt('install', '-y', '-qq', 'chromium');
}

function start(pnpmCommand) {
  const [command, ...prefix] = pnpmCommand;
  console.log('→ Building…');
  run(command, [...prefix, 'run', 'build']);
  const child = spawn(process.execPath, ['--enable-source-maps', 'packages/api/dist/main.js'], {
    cwd: root,
    stdio: 'inherit',
    // The terminal shows the banner and problems; set LOG_LEVEL=info for a JSON line per request.
    env: { LOG_LEVEL: 'warn', ...process.env },
  });
  // Ctrl-C reaches the server directly (same process group); the server stops PostgreSQL and exits.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/**
 * The suites run in a network namespace that has only loopback when this machine allows it (root, `unshare`, `ip`):
 * nothing in them can reach the network, and WebRTC between the test pages stays on 127.0.0.1, as shared/STACK.md
 * advises. Elsewhere, or when a suite must reach another host (MEILI_HOST, TEST_DATABASE_URL, pnpm through npx),
 * they run in the machine's own network; Chromium still connects its pages over loopback there.
 */
function loopbackOnlyPrefix(pnpmCommand) {
  const needsNetwork = process.env.MEILI_HOST || process.env.TEST_DATABASE_URL || pnpmCommand[0] === 'npx';
  if (process.getuid?.() !== 0 || needsNetwork) return [];
  const prefix = ['unshare', '-n', 'sh', '-c', 'ip link set lo up && exec "$@"', 'sh'];
  return works(prefix[0], [...prefix.slice(1), 'true']) ? prefix : [];
}

function test(pnpmCommand) {
  const [command, ...prefix] = pnpmCommand;
  ensureChromium();
  console.log('→ Generating typed operations, typechecking and building…');
  run(command, [...prefix, '--filter', '@skillcall/schema', 'run', 'codegen']);
  run(command, [...prefix, 'run', 'typecheck']);
  run(command, [...prefix, 'run', 'lint']);
  run(command, [...prefix, 'run', 'build']);
  const isolated = loopbackOnlyPrefix(pnpmCommand);
  console.log(
    `→ Running every suite (unit, integration on real PostgreSQL, end-to-end in Chromium)${isolated.length ? ', with loopback as the only network' : ''}…`,
  );
  const [bin, ...args] = [...isolated, command, ...prefix, 'exec', 'vitest', 'run', ...process.argv.slice(3)];
  run(bin, args);
}

const action = process.argv[2];
if (action !== 'start' && action !== 'test') {
  console.error('usage: node scripts/skillcall.mjs start|test');
  process.exit(2);
}
const pnpmCommand = pnpm();
installDependencies(pnpmCommand);
if (action === 'start') start(pnpmCommand);
else test(pnpmCommand);
