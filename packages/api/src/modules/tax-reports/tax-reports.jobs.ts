/** Tax reports' background jobs (handlers load lazily). */
import { z } from 'zod';
import { defineJob } from '../../platform/jobs/job-definition';

/**
 * The platform's commission invoices of a month to each expert (`commission-invoice.service.ts`): the month before
 * the run unless `month` (`YYYY-MM`) is given. Idempotent: a run again issues nothing twice.
 */
export const commissionInvoicesJob = defineJob({
  id: 'tax-reports:commission-invoices',
  schema: z.object({
    month: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
      .optional(),
  }),
  handler: async () => {
    const { issueCommissionInvoices } = await import('./commission-invoice.service.js');
    const { parsePeriod, previousMonth } = await import('./report-period.js');
    return async (ctx, payload) => {
      const period = payload.month ? parsePeriod(payload.month, false)! : previousMonth(ctx.clock.now());
      const issued = await issueCommissionInvoices(ctx, period);
      ctx.logger.info({ month: period.label, invoices: issued.length }, 'commission invoices issued');
    };
  },
});

/** On the 1st of each month at 02:00 UTC, for the month that just ended. */
export const commissionInvoicesCrontab = `0 2 1 * * ${commissionInvoicesJob.id} ?jobKey=${commissionInvoicesJob.id}`;
