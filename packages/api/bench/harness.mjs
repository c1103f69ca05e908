/**
 * Shared pieces of the benchmarks. The servers under test run in a child process (the built API from `dist/`
 * on a throwaway embedded PostgreSQL, and its bare-express twin), so the load generator (autocannon, in this
 * process) does not steal their event loop. Latency percentiles are exact, from every response time.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';
import autocannon from 'autocannon';

/**
 * Starts bench/servers/<name>.mjs (with `nodeArgs`, and a CPU profile into the folder BENCH_PROFILE names if set) and
 * resolves with the JSON it prints once ready.
 */
export async function startServers(name, { nodeArgs = [] } = {}) {
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE] : [];
  const child = spawn(process.execPath, [...nodeArgs, ...profile, path.join(import.meta.dirname, 'servers', `${name}.mjs`)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const ready = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench servers exited with ${code}`)));
    lines.once('line', (line) => resolve(JSON.parse(line)));
  });
  return {
    ...ready,
    stop: () => new Promise((resolve) => { child.once('exit', resolve); child.stdin.end(); }),
  };
}

/** Exact p50/p95/p99 of a list of times (ms). */
export function percentiles(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  return { p50: at(50), p95: at(95), p99: at(99) };
}

/** One autocannon run; `overallRate` fixes the request rate (req/s) when given. */
export async function measure({ url, method = 'GET', headers = {}, body, seconds = 5, connections = 10, overallRate }) {
  const times = [];
  const instance = autocannon({ url, method, headers, body, duration: seconds, connections, overallRate, pipelining: 1 });
  instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await instance;
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { rps: result.requests.total / seconds, ...percentiles(times) };
}

export function printTable(title, rows) {
  const ms = (v) => v.toFixed(1).padStart(8);
  console.log(`\n${title}`);
  console.log(['case'.padEnd(40), 'req/s'.padStart(9), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'p99 ms'.padStart(8), 'ratio'.padStart(8)].join(' '));
  for (const row of rows) {
    console.log([row.name.padEnd(40), (Number.isFinite(row.rps) ? row.rps.toFixed(0) : '—').padStart(9), ms(row.p50), ms(row.p95), ms(row.p99), (row.ratio ?? '').padStart(8)].join(' '));
  }
}
