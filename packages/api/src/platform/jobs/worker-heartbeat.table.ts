import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { instant } from '../db/columns';

/**
 * The job workers alive across the fleet: each instance writes a row per graphile-worker worker and refreshes it
 * (`platform/jobs/lock-recovery.ts`). A lock held by a worker whose row went stale belongs to a dead process.
 */
export const jobWorkerHeartbeats = pgTable(
  'job_worker_heartbeats',
  {
    workerId: text('worker_id').primaryKey(),
    /** `INSTANCE_ID`: the same on a restart, so the new process frees its predecessor's locks at once. */
    instanceId: text('instance_id').notNull(),
    beatAt: instant('beat_at').notNull().defaultNow(),
  },
  (t) => [index('job_worker_heartbeats_instance_id_idx').on(t.instanceId)],
);
