/**
 * Freeing the jobs of dead processes. graphile-worker (0.16) locks a job to the worker that took it and frees the
 * lock of a vanished worker only after 4 hours, a constant in its SQL. So every worker of every instance writes a
 * heartbeat row (`job_worker_heartbeats`), refreshed by the database clock, and two rules use graphile-worker's own
 * `force_unlock_workers`:
 * - on start, an instance frees the locks of its previous life (same `INSTANCE_ID`), which cannot be running;
 * - every instance sweeps locks older than the lock timeout whose worker has no fresh heartbeat (another instance
 *   died), so a crashed instance's jobs run again within about `JOB_LOCK_TIMEOUT_SECONDS`.
 * A job may therefore run twice (a worker frozen longer than the timeout): mail jobs are idempotent per job
 * (see `notifications.service.ts`).
 */
import { sql } from 'drizzle-orm';
import { pgArray } from '../db/arrays';
import type { Database } from '../db/client';

const unlock = async (db: Database, workerIds: string[]) => {
  if (workerIds.length > 0) await db.execute(sql`select graphile_worker.force_unlock_workers(${pgArray(workerIds, 'text')})`);
};

/** Frees the locks of the workers this instance ran before a crash. Returns the workers freed. */
export async function releaseLocksOfInstance(db: Database, instanceId: string): Promise<string[]> {
  const rows = await db.execute<{ worker_id: string }>(
    sql`delete from job_worker_heartbeats where instance_id = ${instanceId} returning worker_id`,
  );
  const workerIds = rows.map((row) => row.worker_id);
  await unlock(db, workerIds);
  return workerIds;
}

/** Records (or refreshes) the heartbeat of this instance's workers. */
export async function beat(db: Database, instanceId: string, workerIds: string[]): Promise<void> {
  if (workerIds.length === 0) return;
  await db.execute(sql`insert into job_worker_heartbeats (worker_id, instance_id, beat_at)
    select unnest(${pgArray(workerIds, 'text')}), ${instanceId}, now()
    on conflict (worker_id) do update set beat_at = excluded.beat_at, instance_id = excluded.instance_id`);
}

/**
 * Frees locks held longer than `timeoutSeconds` by workers without a fresh heartbeat, and forgets stale heartbeats.
 * Returns the workers freed.
 */
export async function sweepStaleLocks(db: Database, timeoutSeconds: number): Promise<string[]> {
  const rows = await db.execute<{ locked_by: string }>(sql`
    select distinct locked_by from (
      select locked_by, locked_at from graphile_worker._private_jobs where locked_by is not null
      union all
      select locked_by, locked_at from graphile_worker._private_job_queues where locked_by is not null
    ) locks
    where locked_at < now() - make_interval(secs => ${timeoutSeconds})
      and not exists (
        select 1 from job_worker_heartbeats h
        where h.worker_id = locks.locked_by and h.beat_at >= now() - make_interval(secs => ${timeoutSeconds})
      )`);
  const workerIds = rows.map((row) => row.locked_by);
  await unlock(db, workerIds);
  await db.execute(sql`delete from job_worker_heartbeats where beat_at < now() - make_interval(secs => ${timeoutSeconds})`);
  return workerIds;
}

/** A clean stop: this instance's workers released their jobs, their rows can go. */
export async function forgetWorkers(db: Database, workerIds: string[]): Promise<void> {
  if (workerIds.length > 0) await db.execute(sql`delete from job_worker_heartbeats where worker_id = any(${pgArray(workerIds, 'text')})`);
}
