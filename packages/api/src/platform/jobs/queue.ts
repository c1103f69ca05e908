/**
 * The job queue: graphile-worker on the application's PostgreSQL. A job is added with SQL inside the caller's
 * transaction, so it exists if and only if the change that asked for it commits; workers on every API instance
 * pick it up at once (LISTEN/NOTIFY) and retry it with exponential backoff when it fails.
 */
import { sql } from 'drizzle-orm';
import type { DbExecutor } from '../db/client';
import type { JobDefinition } from './job-definition';

export interface EnqueueOptions {
  /** Replaces a pending job with the same key instead of adding a second one. */
  jobKey?: string;
  runAt?: Date;
  maxAttempts?: number;
}

/** Adds `job` with `payload` (checked by its schema) in `db`'s transaction. */
export async function enqueue<P>(db: DbExecutor, job: JobDefinition<P>, payload: NoInfer<P>, options: EnqueueOptions = {}): Promise<void> {
  const checked = job.schema.parse(payload);
  await db.execute(sql`select graphile_worker.add_job(
    identifier => ${job.id},
    payload => ${JSON.stringify(checked)}::json,
    run_at => ${options.runAt?.toISOString() ?? null}::timestamptz,
    max_attempts => ${options.maxAttempts ?? 25}::int,
    job_key => ${options.jobKey ?? null}::text
  )`);
}
