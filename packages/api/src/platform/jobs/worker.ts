import { EventEmitter } from 'node:events';
import { Logger as GraphileLogger, run, runMigrations, type Runner, type TaskList, type WorkerEvents } from 'graphile-worker';
import type { Database } from '../db/client';
import type { Logger } from '../logger';
import { beat, forgetWorkers, releaseLocksOfInstance, sweepStaleLocks } from './lock-recovery';

export type JobHandler = (payload: unknown, job: { id: string; attempts: number }) => Promise<void>;

/** graphile-worker's own tables and functions (schema `graphile_worker`), installed next to ours. */
export async function migrateJobQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: silentGraphileLogger });
}

const silentGraphileLogger = new GraphileLogger(() => () => {});

/** PostgreSQL closing connections because it is shutting down (Ctrl-C reaches it too): expected, not an error. */
const adminShutdown = (meta: unknown) => (meta as { error?: { code?: string } } | undefined)?.error?.code === '57P01';

function graphileLogger(logger: Logger) {
  return new GraphileLogger((scope) => (level, message, meta) => {
    const log = logger.child({ jobs: scope });
    if (adminShutdown(meta)) log.debug(message);
    else if (level === 'error') log.error(meta ?? {}, message);
    else if (level === 'warning') log.warn(meta ?? {}, message);
    else log.debug(meta ?? {}, message);
  });
}

export interface JobWorker {
  stop(): Promise<void>;
}

/**
 * Runs the jobs of every API instance: each instance competes for jobs (SKIP LOCKED), so adding instances adds
 * workers. `crontab` lines schedule recurring jobs once across all instances. Jobs locked by a dead process are
 * freed at start (this instance's previous life) and by a sweep (any instance), see `lock-recovery.ts`.
 */
export async function startJobWorker(options: {
  connectionString: string;
  db: Database;
  handlers: Record<string, JobHandler>;
  concurrency: number;
  logger: Logger;
  crontab?: string;
  /** Names this instance across restarts (`INSTANCE_ID`). */
  instanceId: string;
  /** How long a lock outlives its worker's last heartbeat before another instance frees it. */
  lockTimeoutSeconds: number;
}): Promise<JobWorker> {
  const { db, instanceId, lockTimeoutSeconds, logger } = options;
  const freed = await releaseLocksOfInstance(db, instanceId);
  if (freed.length > 0) logger.warn({ workers: freed }, 'freed the jobs left locked by this instance before it stopped');
  const workerIds: string[] = [];
  const events: WorkerEvents = new EventEmitter();
  events.on('worker:create', ({ worker }) => workerIds.push(worker.workerId));

  const taskList: TaskList = Object.fromEntries(
    Object.entries(options.handlers).map(([name, handler]) => [
      name,
      async (payload: unknown, helpers: { job: { id: string; attempts: number } }) =>
        handler(payload ?? {}, { id: helpers.job.id, attempts: helpers.job.attempts }),
    ]),
  );
  const runner: Runner = await run({
    connectionString: options.connectionString,
    concurrency: options.concurrency,
    taskList,
    crontab: options.crontab ?? '',
    noHandleSignals: true,
    pollInterval: 2000,
    logger: graphileLogger(options.logger),
    events,
  });
  const keepAlive = async () => {
    await beat(db, instanceId, workerIds);
    const swept = await sweepStaleLocks(db, lockTimeoutSeconds);
    if (swept.length > 0) logger.warn({ workers: swept }, 'freed the jobs of workers that stopped beating (a crashed instance)');
  };
  const tick = () => keepAlive().catch((error) => logger.warn({ err: error }, 'job worker heartbeat failed'));
  await tick();
  // Several beats per timeout, so a live worker is never taken for dead because one beat was late.
  const timer = setInterval(tick, (lockTimeoutSeconds * 1000) / 4);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await runner.stop();
      await forgetWorkers(db, workerIds).catch((error) => logger.warn({ err: error }, 'could not forget the stopped job workers'));
    },
  };
}
