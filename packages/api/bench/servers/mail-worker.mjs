/**
 * One API instance (the built app, JOB_CONCURRENCY 0 until the clock starts) on the mail bench's database
 * (BENCH_DATABASE_URL), sending to the bench's SMTP server (BENCH_SMTP_URL): starts its job worker (BENCH_CONCURRENCY,
 * SMTP_MAX_CONNECTIONS) and times the drain of every queued message, sampling this process's RSS. Prints the figures
 * as its ready line.
 */
import { announce, contextDeps, dist, startApi } from './common.mjs';

const concurrency = Number(process.env.BENCH_CONCURRENCY);
const smtpConnections = process.env.SMTP_MAX_CONNECTIONS;
const databaseUrl = process.env.BENCH_DATABASE_URL;
const app = await startApi(databaseUrl, {
  SMTP_URL: process.env.BENCH_SMTP_URL,
  SMTP_MAX_CONNECTIONS: smtpConnections,
  MAIL_FROM: 'Skillcall <no-reply@bench.skillcall.test>',
  JOB_CONCURRENCY: '0',
});
const { jobHandlers } = dist('jobs.js');
const { startJobWorker } = dist('platform/jobs/worker.js');
const deps = contextDeps(app);
const count = async (status) =>
  Number((await app.database.sql`select count(*)::int as n from outgoing_mail where status = ${status}`)[0].n);
const queued = await count('QUEUED');

globalThis.gc?.();
const rssBefore = process.memoryUsage().rss;
let peakRss = rssBefore;
let atPeak = null;
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  if (m.rss > peakRss) {
    peakRss = m.rss;
    atPeak = m;
  }
}, 20);
const started = performance.now();
const worker = await startJobWorker({
  connectionString: databaseUrl,
  db: app.database.db,
  instanceId: 'bench:mail',
  lockTimeoutSeconds: 60,
  handlers: jobHandlers(deps),
  concurrency,
  logger: deps.logger,
});
while ((await count('QUEUED')) > 0) await new Promise((resolve) => setTimeout(resolve, 100));
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
// What of the peak was garbage not yet collected: the heap a full collection leaves.
globalThis.gc?.();
const afterGc = process.memoryUsage();

announce({ queued, seconds, peakRss, atPeak, afterGc, rssBefore, sent: await count('SENT'), failed: await count('FAILED') }, async () => {
  await worker.stop();
  await app.close();
});
