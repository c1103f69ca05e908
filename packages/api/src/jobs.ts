/**
 * Every background job, by name, and the recurring schedule. Handlers run on whichever API instance is free, with a
 * context that knows its job (a job run again after a crash must not repeat its mail).
 */
import type { JobHandler } from './platform/jobs/worker';
import { systemContext, type ContextDeps } from './platform/system-context';
import { drainCrontab, drainSearchIndex, drainTask } from './modules/search/search.indexer';
import { expertWentOfflineTask } from './modules/availability/presence.service';
import { expireHold } from './modules/bookings/booking-changes.service';
import { bookingNotifyTask, bookingReminderTask, holdExpiryTask } from './modules/bookings/booking.events';
import { sendBookingNotice, sendBookingReminder } from './modules/bookings/booking.notify';
import { closeQueueOf, lapseHelpRequest, lapseTask } from './modules/instant/help-request.service';
import {
  providerEventTask,
  receiptTask,
  reconcilePaymentTask,
  reconcilePendingCrontab,
  reconcilePendingTask,
  refundRequestNoticeTask,
} from './modules/billing/payment.jobs';
import { reconcilePayment, reconcilePendingPayments } from './modules/billing/payment.reconcile';
import { handleProviderEvent } from './modules/billing/stripe-webhook';
import { sendReceipt, sendRefundRequestNotice } from './modules/billing/billing.notify';
import { sessionDeadlineTask } from './modules/sessions/session.events';
import { closeSessionIfDue } from './modules/sessions/session.service';
import { webhookDeliverTask } from './modules/partners/webhook.events';
import { deliverWebhook } from './modules/partners/webhook.delivery';
import {
  buildDataExport,
  buildExportTask,
  expireDataExport,
  expireExportTask,
  exportReadyTask,
  sendExportReady,
} from './modules/privacy/data-export.service';

export function jobHandlers(deps: ContextDeps): Record<string, JobHandler> {
  return {
    [drainTask]: async (_payload, job) => {
      await drainSearchIndex(systemContext(deps, drainTask, job));
    },
    [holdExpiryTask]: async (payload, job) =>
      expireHold(systemContext(deps, holdExpiryTask, job), (payload as { bookingId: string }).bookingId),
    [bookingNotifyTask]: async (payload, job) =>
      sendBookingNotice(systemContext(deps, bookingNotifyTask, job), payload as Parameters<typeof sendBookingNotice>[1]),
    [bookingReminderTask]: async (payload, job) =>
      sendBookingReminder(systemContext(deps, bookingReminderTask, job), payload as Parameters<typeof sendBookingReminder>[1]),
    [lapseTask]: async (payload, job) =>
      lapseHelpRequest(systemContext(deps, lapseTask, job), payload as Parameters<typeof lapseHelpRequest>[1]),
    [reconcilePaymentTask]: async (payload, job) =>
      reconcilePayment(systemContext(deps, reconcilePaymentTask, job), (payload as { bookingId: string }).bookingId),
    [reconcilePendingTask]: async (_payload, job) => {
      await reconcilePendingPayments(systemContext(deps, reconcilePendingTask, job));
    },
    [providerEventTask]: async (payload, job) =>
      handleProviderEvent(systemContext(deps, providerEventTask, job), (payload as { eventId: string }).eventId),
    [receiptTask]: async (payload, job) => sendReceipt(systemContext(deps, receiptTask, job), (payload as { paymentId: string }).paymentId),
    [refundRequestNoticeTask]: async (payload, job) =>
      sendRefundRequestNotice(systemContext(deps, refundRequestNoticeTask, job), payload as Parameters<typeof sendRefundRequestNotice>[1]),
    [sessionDeadlineTask]: async (payload, job) =>
      closeSessionIfDue(systemContext(deps, sessionDeadlineTask, job), (payload as { bookingId: string }).bookingId),
    [buildExportTask]: async (payload, job) =>
      buildDataExport(systemContext(deps, buildExportTask, job), (payload as { exportId: string }).exportId),
    [exportReadyTask]: async (payload, job) =>
      sendExportReady(systemContext(deps, exportReadyTask, job), (payload as { exportId: string }).exportId),
    [expireExportTask]: async (payload, job) =>
      expireDataExport(systemContext(deps, expireExportTask, job), (payload as { exportId: string }).exportId),
    [expertWentOfflineTask]: async (payload, job) =>
      closeQueueOf(systemContext(deps, expertWentOfflineTask, job), (payload as { expertId: string }).expertId),
    [webhookDeliverTask]: async (payload, job) =>
      deliverWebhook(systemContext(deps, webhookDeliverTask, job), (payload as { deliveryId: string }).deliveryId),
  };
}

export const crontab = [drainCrontab, reconcilePendingCrontab].join('\n');

/** Queued by every instance as it starts (once each: the job key folds them): what a crash may have left undone. */
export const startupJobs = [reconcilePendingTask];
