/** Every background job, by name, and the recurring schedule. Handlers run on whichever API instance is free. */
import type { JobHandler } from './platform/jobs/worker';
import { systemContext, type ContextDeps } from './platform/system-context';
import { drainSearchIndex } from './modules/search/search.indexer';
import { drainCrontab, drainTask } from './modules/search/search.requests';
import { expertWentOfflineTask } from './modules/availability/presence.service';
import { expireHold } from './modules/bookings/booking-changes.service';
import { bookingNotifyTask, bookingReminderTask, holdExpiryTask } from './modules/bookings/booking.events';
import { sendBookingNotice, sendBookingReminder } from './modules/bookings/booking.notify';
import { closeQueueOf, lapseHelpRequest, lapseTask } from './modules/instant/help-request.service';
import { providerEventTask, receiptTask, reconcilePaymentTask, refundRequestNoticeTask } from './modules/billing/payment.jobs';
import { reconcilePayment } from './modules/billing/payment.reconcile';
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
    [drainTask]: async () => {
      await drainSearchIndex(systemContext(deps, drainTask));
    },
    [holdExpiryTask]: async (payload) => expireHold(systemContext(deps, holdExpiryTask), (payload as { bookingId: string }).bookingId),
    [bookingNotifyTask]: async (payload) =>
      sendBookingNotice(systemContext(deps, bookingNotifyTask), payload as Parameters<typeof sendBookingNotice>[1]),
    [bookingReminderTask]: async (payload) =>
      sendBookingReminder(systemContext(deps, bookingReminderTask), payload as Parameters<typeof sendBookingReminder>[1]),
    [lapseTask]: async (payload) => lapseHelpRequest(systemContext(deps, lapseTask), payload as Parameters<typeof lapseHelpRequest>[1]),
    [reconcilePaymentTask]: async (payload) =>
      reconcilePayment(systemContext(deps, reconcilePaymentTask), (payload as { bookingId: string }).bookingId),
    [providerEventTask]: async (payload) =>
      handleProviderEvent(systemContext(deps, providerEventTask), (payload as { eventId: string }).eventId),
    [receiptTask]: async (payload) => sendReceipt(systemContext(deps, receiptTask), (payload as { paymentId: string }).paymentId),
    [refundRequestNoticeTask]: async (payload) =>
      sendRefundRequestNotice(systemContext(deps, refundRequestNoticeTask), payload as Parameters<typeof sendRefundRequestNotice>[1]),
    [sessionDeadlineTask]: async (payload) =>
      closeSessionIfDue(systemContext(deps, sessionDeadlineTask), (payload as { bookingId: string }).bookingId),
    [buildExportTask]: async (payload) => buildDataExport(systemContext(deps, buildExportTask), (payload as { exportId: string }).exportId),
    [exportReadyTask]: async (payload) => sendExportReady(systemContext(deps, exportReadyTask), (payload as { exportId: string }).exportId),
    [expireExportTask]: async (payload) =>
      expireDataExport(systemContext(deps, expireExportTask), (payload as { exportId: string }).exportId),
    [expertWentOfflineTask]: async (payload) =>
      closeQueueOf(systemContext(deps, expertWentOfflineTask), (payload as { expertId: string }).expertId),
    [webhookDeliverTask]: async (payload) =>
      deliverWebhook(systemContext(deps, webhookDeliverTask), (payload as { deliveryId: string }).deliveryId),
  };
}

export const crontab = [drainCrontab].join('\n');
