/** Job names of billing, kept free of billing's own imports so the modules that enqueue them (bookings) do not load billing's code. */
import type { DbExecutor } from '../../platform/db/client';
import { enqueue } from '../../platform/jobs/queue';

/** Brings a booking's payment in line with the provider and with the booking (capture, release, refund). Payload `{ bookingId }`. */
export const reconcilePaymentTask = 'billing:reconcile-payment';

/**
 * Reconciles every pending payment younger than the hold: a payment taken while no instance listened (a crash between
 * the provider's page and its webhook or the user's return) confirms its booking. At start and every minute.
 */
export const reconcilePendingTask = 'billing:reconcile-pending';
export const reconcilePendingCrontab = `* * * * * ${reconcilePendingTask} ?jobKey=${reconcilePendingTask}`;

/** Handles one verified Stripe webhook event, stored by id. Payload `{ eventId }`. */
export const providerEventTask = 'billing:provider-event';

/** Emails about a refund request (to the expert when asked, to the user when decided). Payload `{ refundRequestId, notice }`. */
export const refundRequestNoticeTask = 'billing:refund-request-notice';

/** Emails the user's receipt once a payment is charged. Payload `{ paymentId }`. */
export const receiptTask = 'billing:receipt';

/** Queues settling the booking's payment, once: a pending run for the same booking is replaced, not repeated. */
export function enqueueReconcile(db: DbExecutor, bookingId: string): Promise<void> {
  return enqueue(db, reconcilePaymentTask, { bookingId }, { jobKey: `billing-reconcile:${bookingId}` });
}
