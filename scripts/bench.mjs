#!/usr/bin/env node
/** `pnpm bench [name]`: builds the API, then runs packages/api/bench/<name>.bench.mjs (every benchmark when no name). */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, 'packages/api/bench');
const available = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.mjs'))
  .map((f) => f.replace('.bench.mjs', ''));
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !available.includes(name));
if (unknown.length) {
  console.error(`Unknown benchmark ${unknown.join(', ')}. Available: ${available.join(', ')}`);
  process.exit(2);
}
const build = spawnSync('pnpm', ['--filter', '@skillcall/api', 'run', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
for (const name of wanted.length ? wanted : available) {
  const result = spawnSync(process.execPath, [path.join(benchDir, `${name}.bench.mjs`)], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
