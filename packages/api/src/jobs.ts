/** Every background job, by name, and the recurring schedule. Handlers run on whichever API instance is free. */
import type { JobHandler } from './platform/jobs/worker';
import { systemContext, type ContextDeps } from './platform/system-context';
import { drainCrontab, drainSearchIndex, drainTask } from './modules/search/search.indexer';

export function jobHandlers(deps: ContextDeps): Record<string, JobHandler> {
  return {
    [drainTask]: async () => {
      await drainSearchIndex(systemContext(deps, drainTask));
    },
  };
}

export const crontab = [drainCrontab].join('\n');
