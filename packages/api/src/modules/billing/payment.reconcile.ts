/**
 * Settling a booking's payment: one idempotent routine, run after any event (the user back from checkout, a
 * webhook, a cancellation, a granted refund, the end of a metered session). It first reads what the provider says
 * and records it (confirming the booking, writing the ledger), then takes the one step that brings the payment in
 * line with the booking (expire the checkout, capture, release, refund), and repeats until nothing is left to do.
 * Each provider call carries a key derived from the booking and the action, so running it twice, in any order,
 * from any instance, never moves money twice.
 */
import { inTransaction, type Context } from '../../platform/context';
import { enqueue } from '../../platform/jobs/queue';
import { paymentHoldMinutes } from '../bookings/booking.state';
import { enqueueReconcile, receiptJob } from './payment.jobs';
import { bookingRow, confirmPaidBooking, publishPaymentChanged, publishRefund } from '../bookings/booking-payments.service';
import type { BookingRow } from '../bookings/booking.table';
import { recordCardCountry } from './billing-details.service';
import { splitCharge } from './fee-split';
import { chargeMovements, postMovements, refundMovements, type BookingCharge } from './ledger';
import { meteredAmount, refundShare } from './payment.policy';
import type { PaymentState } from './payment.port';
import {
  completeRefund,
  findPaymentByBooking,
  findRefundRequestByBooking,
  insertRefund,
  pendingPaymentBookingsSince,
  refundFor,
  refundsOfPayment,
  updatePayment,
} from './payment.queries';
import type { PaymentRow, RefundReason } from './payment.table';

const statusOf: Record<PaymentState['status'], PaymentRow['status']> = {
  open: 'PENDING',
  processing: 'PENDING',
  expired: 'CANCELED',
  requires_capture: 'AUTHORIZED',
  succeeded: 'CAPTURED',
  canceled: 'CANCELED',
};

const chargeOf = (payment: PaymentRow, expertId: string): BookingCharge => ({
  bookingId: payment.bookingId,
  expertId,
  currency: payment.currency,
  amountMinor: payment.capturedMinor,
  feeBasisPoints: payment.feeBasisPoints,
});

/** Records what the provider reports: status, a new capture (ledger: charge, fee, transfer), refunds made elsewhere. */
async function recordProviderState(ctx: Context, bookingId: string, state: PaymentState): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const booking = (await bookingRow(tx, bookingId, true))!;
    const payment = (await findPaymentByBooking(tx.db, bookingId, true))!;
    const now = tx.clock.now();
    const status = statusOf[state.status];
    const changes: Partial<PaymentRow> = {};
    if (state.paymentId && payment.providerPaymentId !== state.paymentId) changes.providerPaymentId = state.paymentId;
    if (status !== payment.status && !(payment.status === 'CAPTURED' && status === 'CANCELED')) changes.status = status;
    const paidNow = payment.status === 'PENDING' && (status === 'AUTHORIZED' || status === 'CAPTURED');
    if (paidNow) await recordCardCountry(tx, payment.id, state.cardCountry);
    if (paidNow && !(await confirmPaidBooking(tx, bookingId))) changes.arrivedLate = true;
    if (state.capturedMinor > payment.capturedMinor) {
      changes.capturedMinor = state.capturedMinor;
      await postMovements(
        tx.db,
        chargeMovements(chargeOf({ ...payment, capturedMinor: state.capturedMinor - payment.capturedMinor }, booking.expertId)),
        now,
      );
      await enqueue(tx.db, receiptJob, { paymentId: payment.id }, { jobKey: `billing-receipt:${payment.id}` });
    }
    const pending = (await refundsOfPayment(tx.db, payment.id)).filter((r) => !r.completedAt).reduce((sum, r) => sum + r.amountMinor, 0);
    const outside = state.refundedMinor - payment.refundedMinor - pending;
    if (outside > 0) {
      const captured = changes.capturedMinor ?? payment.capturedMinor;
      await insertRefund(tx.db, { paymentId: payment.id, reason: 'OUTSIDE', amountMinor: outside, createdAt: now, completedAt: now });
      await postMovements(
        tx.db,
        refundMovements(chargeOf({ ...payment, capturedMinor: captured }, booking.expertId), payment.refundedMinor, outside),
        now,
      );
      changes.refundedMinor = payment.refundedMinor + outside;
    }
    if (Object.keys(changes).length === 0) return;
    await updatePayment(tx.db, payment.id, { ...changes, updatedAt: now });
    if (outside > 0) await publishRefund(tx, booking, { amountMinor: outside, currency: payment.currency });
    else await publishPaymentChanged(tx, booking);
  });
}

type Step =
  | { kind: 'expire' }
  | { kind: 'capture'; amountMinor: number }
  | { kind: 'release' }
  | { kind: 'refund'; reason: Exclude<RefundReason, 'OUTSIDE'>; targetMinor: number }
  | null;

/** The one step that brings the payment in line with the booking, or null when they agree. */
function nextStep(booking: BookingRow, payment: PaymentRow, refundGranted: boolean): Step {
  const ended = booking.status === 'CANCELLED' || booking.status === 'EXPIRED' || booking.status === 'NO_SHOW';
  if (payment.status === 'PENDING') return booking.status === 'PENDING_PAYMENT' ? null : { kind: 'expire' };
  if (payment.status === 'AUTHORIZED') {
    let capture: number | null = null;
    if (payment.arrivedLate || booking.status === 'EXPIRED') capture = 0;
    else if (ended) capture = payment.amountMinor - refundShare(payment.amountMinor, booking.refundPercent ?? 100);
    else if (booking.status === 'COMPLETED' && payment.meteredSeconds !== null)
      capture = meteredAmount(booking.priceMinor ?? 0, payment.meteredSeconds, payment.amountMinor);
    if (capture === null) return null;
    return capture > 0 ? { kind: 'capture', amountMinor: capture } : { kind: 'release' };
  }
  if (payment.status !== 'CAPTURED') return null;
  let target: { reason: Exclude<RefundReason, 'OUTSIDE'>; minor: number } | null = null;
  if (payment.arrivedLate || booking.status === 'EXPIRED') target = { reason: 'LATE_PAYMENT', minor: payment.capturedMinor };
  else if (refundGranted) target = { reason: 'GUARANTEE', minor: payment.capturedMinor };
  // A per-minute cancellation was already settled by capturing only the part kept.
  else if (ended && payment.captureMethod === 'AUTOMATIC')
    target = { reason: 'CANCELLATION', minor: refundShare(payment.capturedMinor, booking.refundPercent ?? 0) };
  if (!target || target.minor <= payment.refundedMinor) return null;
  return { kind: 'refund', reason: target.reason, targetMinor: target.minor };
}

async function refund(
  ctx: Context,
  booking: BookingRow,
  payment: PaymentRow,
  reason: Exclude<RefundReason, 'OUTSIDE'>,
  targetMinor: number,
): Promise<void> {
  const row = await refundFor(ctx.db, {
    paymentId: payment.id,
    reason,
    amountMinor: targetMinor - payment.refundedMinor,
    createdAt: ctx.clock.now(),
  });
  if (!row.completedAt) {
    const { refundId } = await ctx.adapters.payments.refund(
      payment.providerPaymentId!,
      row.amountMinor,
      `booking:${booking.id}:refund:${reason.toLowerCase()}`,
    );
    await inTransaction(ctx, async (tx) => {
      const locked = (await findPaymentByBooking(tx.db, booking.id, true))!;
      if (!(await completeRefund(tx.db, row.id, refundId, tx.clock.now()))) return;
      await postMovements(
        tx.db,
        refundMovements(chargeOf(locked, booking.expertId), locked.refundedMinor, row.amountMinor),
        tx.clock.now(),
      );
      await updatePayment(tx.db, locked.id, { refundedMinor: locked.refundedMinor + row.amountMinor, updatedAt: tx.clock.now() });
      await publishRefund(tx, booking, { amountMinor: row.amountMinor, currency: locked.currency });
    });
  }
}

async function take(ctx: Context, step: NonNullable<Step>, booking: BookingRow, payment: PaymentRow): Promise<void> {
  const provider = ctx.adapters.payments;
  const key = (action: string) => `booking:${booking.id}:${action}`;
  switch (step.kind) {
    case 'expire':
      return provider.expireCheckout(payment.checkoutId);
    case 'capture': {
      const { feeMinor } = splitCharge(step.amountMinor, payment.currency, payment.feeBasisPoints);
      return provider.capture(payment.providerPaymentId!, { amountMinor: step.amountMinor, applicationFeeMinor: feeMinor }, key('capture'));
    }
    case 'release':
      return provider.cancelAuthorization(payment.providerPaymentId!, key('release'));
    case 'refund':
      return refund(ctx, booking, payment, step.reason, step.targetMinor);
  }
}

/** Settles the booking's payment as far as it can now (see the header). Safe to run any number of times. */
export async function reconcilePayment(ctx: Context, bookingId: string): Promise<void> {
  const initial = await findPaymentByBooking(ctx.db, bookingId);
  if (!initial) return;
  for (let round = 0; round < 4; round++) {
    await recordProviderState(ctx, bookingId, await ctx.adapters.payments.paymentState(initial.checkoutId));
    const booking = (await bookingRow(ctx, bookingId))!;
    const payment = (await findPaymentByBooking(ctx.db, bookingId))!;
    const request = await findRefundRequestByBooking(ctx.db, bookingId);
    const step = nextStep(booking, payment, request?.status === 'GRANTED');
    if (!step) return;
    await take(ctx, step, booking, payment);
  }
  ctx.logger.warn({ bookingId }, 'payment not settled after four steps; the next event continues');
}

/**
 * Queues the settling of every pending payment opened within the hold (and a minute more): a checkout the provider
 * completed while no instance listened (crash, lost webhook) confirms its booking instead of expiring and being
 * refunded. Run at start and every minute (`reconcilePendingJob`). Returns how many were queued.
 */
export async function reconcilePendingPayments(ctx: Context): Promise<number> {
  const since = new Date(ctx.clock.now().getTime() - (paymentHoldMinutes + 1) * 60_000);
  const bookingIds = await pendingPaymentBookingsSince(ctx.db, since);
  for (const bookingId of bookingIds) await enqueueReconcile(ctx.db, bookingId);
  return bookingIds.length;
}
