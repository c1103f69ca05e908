/**
 * Billing's background jobs, kept free of billing's own imports (handlers load lazily) so the modules that enqueue
 * them (bookings) do not load billing's code.
 */
import { z } from 'zod';
import type { Context } from '../../platform/context';
import type { DbExecutor } from '../../platform/db/client';
import type { BookingChange } from '../bookings/booking.events';
import { defineJob } from '../../platform/jobs/job-definition';
import { enqueue } from '../../platform/jobs/queue';

/** Brings a booking's payment in line with the provider and with the booking (capture, release, refund). */
export const reconcilePaymentJob = defineJob({
  id: 'billing:reconcile-payment',
  schema: z.object({ bookingId: z.uuid() }),
  handler: async () => {
    const { reconcilePayment } = await import('./payment.reconcile.js');
    return async (ctx, { bookingId }) => {
      await reconcilePayment(ctx, bookingId);
    };
  },
});

/**
 * Reconciles every pending payment younger than the hold: a payment taken while no instance listened (a crash between
 * the provider's page and its webhook or the user's return) confirms its booking. At start and every minute.
 */
export const reconcilePendingJob = defineJob({
  id: 'billing:reconcile-pending',
  schema: z.object({}),
  handler: async () => {
    const { reconcilePendingPayments } = await import('./payment.reconcile.js');
    return async (ctx) => {
      await reconcilePendingPayments(ctx);
    };
  },
});
export const reconcilePendingCrontab = `* * * * * ${reconcilePendingJob.id} ?jobKey=${reconcilePendingJob.id}`;

/** Handles one verified Stripe webhook event, stored by id. */
export const providerEventJob = defineJob({
  id: 'billing:provider-event',
  schema: z.object({ eventId: z.string().min(1) }),
  handler: async () => {
    const { handleProviderEvent } = await import('./stripe-webhook.js');
    return (ctx, { eventId }) => handleProviderEvent(ctx, eventId);
  },
});

/** Emails about a refund request (to the expert when asked, to the user when decided). */
export const refundRequestNoticeJob = defineJob({
  id: 'billing:refund-request-notice',
  schema: z.object({ refundRequestId: z.uuid(), notice: z.enum(['REQUESTED', 'GRANTED', 'DECLINED']) }),
  handler: async () => (await import('./billing.notify.js')).sendRefundRequestNotice,
});

/** Emails the user's receipt once a payment is charged. */
export const receiptJob = defineJob({
  id: 'billing:receipt',
  schema: z.object({ paymentId: z.uuid() }),
  handler: async () => {
    const { sendReceipt } = await import('./billing.notify.js');
    return (ctx, { paymentId }) => sendReceipt(ctx, paymentId);
  },
});

/** Queues settling the booking's payment, once: a pending run for the same booking is replaced, not repeated. */
export function enqueueReconcile(db: DbExecutor, bookingId: string): Promise<void> {
  return enqueue(db, reconcilePaymentJob, { bookingId }, { jobKey: `billing-reconcile:${bookingId}` });
}

/** Statuses after which a booking's payment is settled. */
const settlingStatuses: readonly string[] = ['CANCELLED', 'EXPIRED', 'COMPLETED', 'NO_SHOW'];

/** A paid booking that ended one way or another: its payment is settled (capture, release or refund). */
export async function settlePaymentOfEnded(ctx: Context, { booking }: BookingChange): Promise<void> {
  if (booking.priceModel !== 'FREE' && settlingStatuses.includes(booking.status)) await enqueueReconcile(ctx.db, booking.id);
}
