/** Running jobs the test app's worker would only take later: the test clock moves to their time instead of waiting. */
import { sql } from 'drizzle-orm';
import type { ManualClock } from '../src/platform/clock';
import type { TestApp } from './harness';

/**
 * Moves the clock to the run time of the pending job with this key, and lets the worker take it now (the worker
 * compares with the database's real time). Returns the time it was scheduled for.
 */
export async function runScheduledJob(t: TestApp, clock: ManualClock, jobKey: string): Promise<Date> {
  const db = t.app.database.db;
  const [job] = await db.execute<{ id: string; run_at: string }>(
    sql`select id, run_at from graphile_worker.jobs where key = ${jobKey} and locked_at is null`,
  );
  if (!job) throw new Error(`No pending job ${jobKey}`);
  const runAt = new Date(job.run_at);
  clock.set(runAt);
  await db.execute(sql`select graphile_worker.reschedule_jobs(array[${job.id}]::bigint[], run_at => now())`);
  await db.execute(sql`select pg_notify('jobs:insert', '{"count":1}')`);
  return runAt;
}
