/**
 * The mail bench's database: a throwaway PostgreSQL with BENCH_MAILS notifications queued by the built API's
 * `sendEmail` (as jobs write them, in transactions of 500), and no worker. Prints the database URL as its ready line;
 * the worker runs in another process (servers/mail-worker.mjs), so its memory is the worker's alone.
 */
import { announce, contextDeps, dist, startApi, startDatabase } from './common.mjs';

const mails = Number(process.env.BENCH_MAILS ?? 10_000);
const db = await startDatabase();
const app = await startApi(db.url, {
  SMTP_URL: process.env.BENCH_SMTP_URL,
  MAIL_FROM: 'Skillcall <no-reply@bench.skillcall.test>',
  JOB_CONCURRENCY: '0',
});
const { systemContext } = dist('platform/system-context.js');
const { inTransaction } = dist('platform/context.js');
const { sendEmail } = dist('modules/notifications/notifications.service.js');
const deps = contextDeps(app);

// Booking reminders as a job writes them: one per recipient, each with its own dedupe key.
const started = performance.now();
const batch = 500;
for (let from = 0; from < mails; from += batch) {
  await inTransaction(systemContext(deps, 'bench'), async (tx) => {
    for (let i = from; i < Math.min(from + batch, mails); i++) {
      await sendEmail(
        { ...tx, job: { id: `bench-${i}` } },
        {
          to: `reader-${i}@example.test`,
          locale: i % 2 ? 'fr' : 'en',
          template: 'bookingReminder',
          params: {
            name: `Reader ${i}`,
            other: 'Élodie Lefèvre',
            title: 'Appel découverte',
            when: 'demain à 10:00',
            zone: 'Europe/Paris',
            soon: 'tomorrow',
            url: 'https://skillcall.example/bookings/1',
          },
          metadata: { bench: String(i) },
        },
      );
    }
  });
}
const queueSeconds = (performance.now() - started) / 1000;
await app.close();

announce({ databaseUrl: db.url, mails, queueSeconds }, () => db.stop());
