/** The daily load of the ECB's reference rates (published around 16:00 CET on working days). */
import { z } from 'zod';
import { defineJob } from '../../platform/jobs/job-definition';

export const loadEcbRatesJob = defineJob({
  id: 'exchange-rates:load-ecb',
  schema: z.object({}),
  handler: async () => {
    const { loadEcbRates } = await import('./exchange-rate.service.js');
    const { EcbUnavailableError } = await import('./ecb.client.js');
    return async (ctx) => {
      try {
        await loadEcbRates(ctx);
      } catch (error) {
        // Unreachable (an offline installation): said once, tried again at the next run, not retried in a loop.
        if (!(error instanceof EcbUnavailableError)) throw error;
        ctx.logger.warn({ err: error }, error.message);
      }
    };
  },
});

/** Every day at 16:30 UTC, after the ECB's publication. */
export const loadEcbRatesCrontab = `30 16 * * * ${loadEcbRatesJob.id} ?jobKey=${loadEcbRatesJob.id}`;
