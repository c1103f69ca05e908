/** Tax's background jobs (handlers load lazily). */
import { z } from 'zod';
import { defineJob } from '../../platform/jobs/job-definition';

/** Asks VIES again for the VAT numbers it could not answer for (NOT_YET_VERIFIED), every five minutes. */
export const recheckVatNumbersJob = defineJob({
  id: 'tax:recheck-vat-numbers',
  schema: z.object({}),
  handler: async () => {
    const { recheckVatNumbers } = await import('./vat-number.service.js');
    return async (ctx) => {
      await recheckVatNumbers(ctx);
    };
  },
});
export const recheckVatNumbersCrontab = `*/5 * * * * ${recheckVatNumbersJob.id} ?jobKey=${recheckVatNumbersJob.id}`;
