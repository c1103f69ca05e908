#!/usr/bin/env node
/**
 * Draws the API's module graph (which module imports which, type imports included, tests left out) from
 * dependency-cruiser's analysis, as a Mermaid flowchart between the markers in CONTRIBUTING.md. Only edges between
 * modules are drawn: every module stands on the platform, and the composition root imports every module.
 *   node scripts/module-graph.mjs          rewrites the graph in CONTRIBUTING.md
 *   node scripts/module-graph.mjs --check  fails when CONTRIBUTING.md's graph is not the code's (npm run lint)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const contributing = path.join(root, 'CONTRIBUTING.md');
const start = '<!-- module-graph:start (scripts/module-graph.mjs writes this) -->';
const end = '<!-- module-graph:end -->';

/** A module's name, or null for the platform and the composition root. */
const moduleOf = (file) => /^packages\/api\/src\/modules\/([^/]+)\//.exec(file)?.[1] ?? null;

function cruise() {
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
      'packages/api/src',
      '--config',
      '.dependency-cruiser.cjs',
      '--include-only',
      '^packages/api/src/',
      '--exclude',
      '\\.test\\.ts$|^packages/api/src/(seed|cli)/',
      '--output-type',
      'json',
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (result.status !== 0 && !result.stdout) throw new Error(result.stderr || 'dependency-cruiser failed');
  return JSON.parse(result.stdout);
}

function mermaid() {
  const edges = new Set();
  for (const module of cruise().modules) {
    const from = moduleOf(module.source);
    for (const dependency of module.dependencies) {
      const to = moduleOf(dependency.resolved);
      if (from && to && from !== to) edges.add(`${from}\t${to}`);
    }
  }
  const lines = [...edges].sort().map((edge) => `  ${edge.replace('\t', ' --> ')}`);
  return ['```mermaid', 'flowchart LR', ...lines, '```'].join('\n');
}

const text = readFileSync(contributing, 'utf8');
const from = text.indexOf(start);
const to = text.indexOf(end);
if (from < 0 || to < from) throw new Error(`CONTRIBUTING.md has no ${start} … ${end} markers`);
// Blank lines around the chart, as Prettier writes Markdown.
const next = `${text.slice(0, from + start.length)}\n\n${mermaid()}\n\n${text.slice(to)}`;
if (process.argv.includes('--check')) {
  if (next !== text) {
    console.error('CONTRIBUTING.md’s module graph is not the code’s: run `pnpm graph` and commit it.');
    process.exit(1);
  }
} else {
  writeFileSync(contributing, next);
  console.log('CONTRIBUTING.md: module graph written.');
}
