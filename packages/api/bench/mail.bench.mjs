/**
 * `pnpm bench mail`: 10,000 queued notifications (BENCH_MAILS) drained by one API instance's job worker to a local SMTP
 * server (smtp-server, in this process, counting what it accepts). The messages are queued by another process first
 * (servers/mail-queue.mjs), so the worker's process (servers/mail-worker.mjs) holds only an API instance and its worker.
 * Prints mails per second and that process's peak RSS during the drain, beside the goal: at least 200 mails/s on
 * 2 cores, RSS under 300 MB. BENCH_CONCURRENCY (jobs at once, default 8) and SMTP_MAX_CONNECTIONS (default 4) tune it.
 */
import { SMTPServer } from 'smtp-server';
import { startServers } from './harness.mjs';

process.env.BENCH_CONCURRENCY ??= '8';
process.env.SMTP_MAX_CONNECTIONS ??= '4';
let accepted = 0;
const smtp = new SMTPServer({
  disabledCommands: ['STARTTLS'],
  authOptional: true,
  logger: false,
  maxClients: 200,
  onData(stream, _session, callback) {
    stream.on('data', () => {});
    stream.on('end', () => {
      accepted += 1;
      callback();
    });
  },
});
await new Promise((resolve) => smtp.listen(0, '127.0.0.1', resolve));
process.env.BENCH_SMTP_URL = `smtp://127.0.0.1:${smtp.server.address().port}`;

const database = await startServers('mail-queue');
try {
  process.env.BENCH_DATABASE_URL = database.databaseUrl;
  const worker = await startServers('mail-worker', { nodeArgs: ['--expose-gc'] });
  try {
    const { seconds, peakRss, rssBefore, sent, failed } = worker;
    const rate = sent / seconds;
    const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0).padStart(8);
    console.log(
      `\nMail delivery: ${database.mails} notifications queued (in ${database.queueSeconds.toFixed(1)} s), drained by one instance`,
    );
    console.log(
      `  worker: BENCH_CONCURRENCY=${process.env.BENCH_CONCURRENCY} jobs at once, SMTP_MAX_CONNECTIONS=${process.env.SMTP_MAX_CONNECTIONS}`,
    );
    console.log(`  ${'drain'.padEnd(28)} ${seconds.toFixed(1).padStart(8)} s`);
    console.log(`  ${'mails/s'.padEnd(28)} ${rate.toFixed(0).padStart(8)}     goal >= 200   ${rate >= 200 ? 'met' : 'NOT MET'}`);
    console.log(`  ${'worker peak RSS'.padEnd(28)} ${mb(peakRss)} MB  goal < 300   ${peakRss < 300 * 1024 * 1024 ? 'met' : 'NOT MET'}`);
    console.log(`  ${'worker RSS before the drain'.padEnd(28)} ${mb(rssBefore)} MB`);
    console.log(
      `  ${'worker heap used at the peak'.padEnd(28)} ${mb(worker.atPeak?.heapUsed ?? 0)} MB  (after a full GC: ${mb(worker.afterGc.heapUsed).trim()} MB)`,
    );
    console.log(`  ${'accepted by the SMTP server'.padEnd(28)} ${String(accepted).padStart(8)}     (sent ${sent}, failed ${failed})`);
    if (accepted !== database.mails || sent !== database.mails) {
      throw new Error(`expected ${database.mails} messages sent and accepted, got ${sent} sent, ${accepted} accepted, ${failed} failed`);
    }
  } finally {
    await worker.stop();
  }
} finally {
  await database.stop();
  await new Promise((resolve) => smtp.close(resolve));
}
