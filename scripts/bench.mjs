#!/usr/bin/env node
/**
 * `pnpm bench [name]`: builds, then runs packages/api/bench/<name>.bench.mjs or packages/web/bench/<name>.bench.mjs
 * (every benchmark when no name). The API's benches need the API built; the web's (`web`: Lighthouse, also
 * `pnpm bench:web`) the whole product.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDirs = ['packages/api/bench', 'packages/web/bench'].map((dir) => path.join(root, dir));
/** name → file */
const benches = new Map(
  benchDirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.bench.mjs'))
      .map((f) => [f.replace('.bench.mjs', ''), path.join(dir, f)]),
  ),
);
const available = [...benches.keys()];
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !available.includes(name));
if (unknown.length) {
  console.error(`Unknown benchmark ${unknown.join(', ')}. Available: ${available.join(', ')}`);
  process.exit(2);
}
const chosen = wanted.length ? wanted : available;
const needsWeb = chosen.some((name) => benches.get(name).includes(`${path.sep}web${path.sep}`));
const build = spawnSync('pnpm', needsWeb ? ['run', 'build'] : ['--filter', '@skillcall/api', 'run', 'build'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);
for (const name of chosen) {
  const result = spawnSync(process.execPath, [benches.get(name)], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
