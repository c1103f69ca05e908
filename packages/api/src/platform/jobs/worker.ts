import { Logger as GraphileLogger, run, runMigrations, type Runner, type TaskList } from 'graphile-worker';
import type { Logger } from '../logger';

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
 * workers. `crontab` lines schedule recurring jobs once across all instances.
 */
export async function startJobWorker(options: {
  connectionString: string;
  handlers: Record<string, JobHandler>;
  concurrency: number;
  logger: Logger;
  crontab?: string;
}): Promise<JobWorker> {
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
  });
  return { stop: () => runner.stop() };
}
