/**
 * Shared pieces of the benchmarks. The servers under test run in a child process (the built API from `dist/`
 * on a throwaway embedded PostgreSQL, and its bare-express twin), so the load generator (in this process) does not
 * steal their event loop. Latency percentiles are exact, from every response time.
 *
 * Two kinds of load: `measure` (autocannon) keeps N connections busy back to back, for throughput; `measureAtRate`
 * sends requests at a fixed rate whatever the server is doing, for latency at that rate. autocannon's own rate limit
 * cannot do the latter: it is a per-second budget per connection, so 100 req/s over 10 connections arrives as
 * bursts of 10 at the start of each second, and its latencies are mostly the queue behind each burst. Node's http
 * client with a keep-alive agent sends the fixed-rate load; the schedule is the few lines below.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import { createInterface } from 'node:readline';
import path from 'node:path';
import autocannon from 'autocannon';

/**
 * Starts bench/servers/<name>.mjs (with `nodeArgs`, and a CPU profile into the folder BENCH_PROFILE names if set) and
 * resolves with the JSON it prints once ready.
 */
export async function startServers(name, { nodeArgs = [] } = {}) {
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE] : [];
  const child = spawn(process.execPath, [...nodeArgs, ...profile, path.join(import.meta.dirname, 'servers', `${name}.mjs`)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const ready = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench servers exited with ${code}`)));
    lines.once('line', (line) => resolve(JSON.parse(line)));
  });
  return {
    ...ready,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.stdin.end();
      }),
  };
}

/** Exact p50/p95/p99 of a list of times (ms). */
export function percentiles(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  return { p50: at(50), p95: at(95), p99: at(99) };
}

/** One autocannon run: `connections` clients, each sending its next request as soon as the last is answered. */
export async function measure({ url, method = 'GET', headers = {}, body, seconds = 5, connections = 10 }) {
  const times = [];
  const instance = autocannon({ url, method, headers, body, duration: seconds, connections, pipelining: 1 });
  instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await instance;
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { rps: result.requests.total / seconds, ...percentiles(times) };
}

export function printTable(title, rows) {
  const ms = (v) => v.toFixed(1).padStart(8);
  console.log(`\n${title}`);
  console.log(
    ['case'.padEnd(40), 'req/s'.padStart(9), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'p99 ms'.padStart(8), 'ratio'.padStart(8)].join(
      ' ',
    ),
  );
  for (const row of rows) {
    console.log(
      [
        row.name.padEnd(40),
        (Number.isFinite(row.rps) ? row.rps.toFixed(0) : '—').padStart(9),
        ms(row.p50),
        ms(row.p95),
        ms(row.p99),
        (row.ratio ?? '').padStart(8),
      ].join(' '),
    );
  }
}

/**
 * `rate` requests per second for `seconds`, evenly spaced and sent on schedule even while earlier ones are still
 * waiting (open loop). Each latency runs from the request's scheduled time, so a server that falls behind is charged
 * for the wait too. `rps` counts the answers received within the run.
 */
export async function measureAtRate({ url, method = 'GET', headers = {}, body, seconds = 5, rate }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const target = new URL(url);
  const total = Math.round(seconds * rate);
  const times = [];
  let failures = 0;
  const send = (scheduledAt) =>
    new Promise((resolve) => {
      const request = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method,
          headers: { ...headers, 'content-length': Buffer.byteLength(body ?? '') },
        },
        (response) => {
          response.resume();
          response.on('end', () => {
            if (response.statusCode >= 200 && response.statusCode < 300) times.push(performance.now() - scheduledAt);
            else failures += 1;
            resolve();
          });
        },
      );
      request.on('error', () => {
        failures += 1;
        resolve();
      });
      request.end(body);
    });
  const started = performance.now();
  const pending = [];
  for (let i = 0; i < total; i++) {
    const scheduledAt = started + (i * 1000) / rate;
    const wait = scheduledAt - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(send(scheduledAt));
  }
  await Promise.all(pending);
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  if (failures > 0) throw new Error(`${url}: ${failures} failed requests`);
  return { rps: times.length / elapsed, ...percentiles(times) };
}
