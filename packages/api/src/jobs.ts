/**
 * Every background job, and the recurring schedule. Handlers run on whichever API instance is free; each payload is
 * checked by its job's schema first (a malformed one fails loudly, and the job stays in the queue with the error), and
 * its context knows its job (a job run again after a crash must not repeat its mail).
 */
import { InvalidJobPayloadError, type AnyJobDefinition, type JobHandler as JobDefinitionHandler } from './platform/jobs/job-definition';
import type { JobHandler } from './platform/jobs/worker';
import { systemContext, type ContextDeps } from './platform/system-context';
import { drainCrontab, drainSearchIndexJob } from './modules/search/search.requests';
import { expertWentOfflineJob } from './modules/availability/presence.jobs';
import { bookingNoticeJob, bookingReminderJob, holdExpiryJob } from './modules/bookings/booking.jobs';
import { helpRequestLapseJob } from './modules/instant/help-request.jobs';
import {
  providerEventJob,
  receiptJob,
  reconcilePaymentJob,
  reconcilePendingCrontab,
  reconcilePendingJob,
  refundRequestNoticeJob,
} from './modules/billing/payment.jobs';
import { sessionDeadlineJob } from './modules/sessions/session.events';
import { webhookDeliverJob } from './modules/partners/webhook.events';
import { passwordResetMailJob } from './modules/identity/identity.jobs';
import { deliverMailJob, deliverPushJob } from './modules/notifications/notifications.jobs';
import { loadEcbRatesCrontab, loadEcbRatesJob } from './modules/exchange-rates/exchange-rate.jobs';
import { buildExportJob, expireExportJob, exportReadyJob } from './modules/privacy/data-export.jobs';
import { recheckVatNumbersCrontab, recheckVatNumbersJob } from './modules/tax/tax.jobs';
import { commissionInvoicesCrontab, commissionInvoicesJob } from './modules/tax-reports/tax-reports.jobs';

export const jobDefinitions: readonly AnyJobDefinition[] = [
  drainSearchIndexJob,
  holdExpiryJob,
  bookingNoticeJob,
  bookingReminderJob,
  helpRequestLapseJob,
  reconcilePaymentJob,
  reconcilePendingJob,
  providerEventJob,
  receiptJob,
  refundRequestNoticeJob,
  sessionDeadlineJob,
  buildExportJob,
  exportReadyJob,
  expireExportJob,
  expertWentOfflineJob,
  webhookDeliverJob,
  passwordResetMailJob,
  deliverMailJob,
  deliverPushJob,
  recheckVatNumbersJob,
  loadEcbRatesJob,
  commissionInvoicesJob,
];

/** The worker's task list: each job's payload checked, then its handler loaded and run with a system context. */
export function jobHandlers(deps: ContextDeps): Record<string, JobHandler> {
  return Object.fromEntries(
    jobDefinitions.map((job): [string, JobHandler] => {
      return [
        job.id,
        async (payload, run) => {
          const parsed = job.schema.safeParse(payload);
          if (!parsed.success) {
            const error = new InvalidJobPayloadError(
              job.id,
              parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
            );
            deps.logger.error({ job: job.id, jobId: run.id, payload }, error.message);
            throw error;
          }
          // The schema just checked the payload is what this job's handler takes.
          const handle = (await job.handler()) as JobDefinitionHandler<unknown>;
          await handle(systemContext(deps, job.id, run), parsed.data, run);
        },
      ];
    }),
  );
}

export const crontab = [
  drainCrontab,
  reconcilePendingCrontab,
  recheckVatNumbersCrontab,
  loadEcbRatesCrontab,
  commissionInvoicesCrontab,
].join('\n');

/** Queued by every instance as it starts (once each: the job key folds them): what a crash may have left undone. */
export const startupJobs = [reconcilePendingJob] as const;
