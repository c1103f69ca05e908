/**
 * The satisfaction guarantee (Helpouts' rule): within 72 hours after a paid session, the user asks for a full
 * refund with a reason and gets it, at once. The expert sees the request and may answer. One rule protects experts:
 * a user who already asked `REFUND_REVIEW_AFTER` times in `REFUND_REVIEW_WINDOW_DAYS` goes to the admins' queue
 * instead, and an admin grants or declines (audit-logged). A granted refund gives back everything charged,
 * reversing the expert's transfer and the platform's fee.
 */
import { z } from 'zod';
import { inTransaction, type Context, type SignedInContext } from '../../platform/context';
import { pageRequest, toConnection, type ConnectionArgs } from '../../platform/graphql/connection';
import { validateInput } from '../../platform/graphql/domain-error';
import { publicText } from '../../platform/text/public-text';
import { enqueue } from '../../platform/jobs/queue';
import { bookingRow, publishPaymentChanged } from '../bookings/booking-payments.service';
import { expertOfBooking } from '../bookings/booking.service';
import type { BookingRow } from '../bookings/booking.table';
import { AuditAction } from '../moderation/audit.types';
import { recordAudit } from '../moderation/audit.service';
import { GuaranteeTerms, RefundNotAllowedError, RefundRequest, RefundRequestSuccess } from './billing.types';
import { enqueueReconcile, refundRequestNoticeJob } from './payment.jobs';
import { guaranteeApplies, guaranteeDeadline } from './payment.policy';
import {
  countRefundRequestsSince,
  findPaymentByBooking,
  findRefundRequest,
  insertRefundRequest,
  listRefundRequests,
  updateRefundRequest,
} from './payment.queries';
import type { PaymentRow, RefundRequestRow } from './payment.table';

const notAllowed = (message: string) => new RefundNotAllowedError(message);
const success = (row: RefundRequestRow) => Object.assign(new RefundRequestSuccess(), { refundRequest: toRefundRequest(row) });

export function toRefundRequest(row: RefundRequestRow): RefundRequest {
  return Object.assign(new RefundRequest(), row);
}

type BookingFacts = Pick<BookingRow, 'id' | 'userId' | 'status' | 'endsAt'>;

function refundable(booking: BookingFacts, payment: PaymentRow | undefined, now: Date): string | null {
  if (booking.status !== 'COMPLETED') return 'Only a session that took place can be refunded under the guarantee.';
  if (!payment || payment.capturedMinor - payment.refundedMinor <= 0)
    return 'Nothing was charged for this session, or it was already refunded.';
  if (now > guaranteeDeadline(booking)) return 'The 72 hours of the guarantee are over for this session.';
  return null;
}

/** The guarantee as the booking's user sees it (null for anyone else, for sessions without a charge, and without a session). */
export async function guaranteeTermsOf(ctx: Context, booking: BookingFacts): Promise<GuaranteeTerms | null> {
  if (ctx.viewer?.userId !== booking.userId || !guaranteeApplies(booking)) return null;
  const payment = await ctx.loaders.paymentByBooking.load(booking.id);
  if (!payment || payment.capturedMinor === 0) return null;
  const request = await ctx.loaders.refundRequestByBooking.load(booking.id);
  const canRequestRefund = !request && refundable(booking, payment, ctx.clock.now()) === null;
  return Object.assign(new GuaranteeTerms(), { canRequestRefund, until: guaranteeDeadline(booking) });
}

const requestSchema = z.object({ reason: publicText(z.string().trim().min(3).max(2000)) });

export async function requestRefund(ctx: SignedInContext, input: { bookingId: string; reason: string }) {
  const valid = validateInput(requestSchema, { reason: input.reason });
  if (!valid.ok) return valid.error;
  return inTransaction(ctx, async (tx) => {
    const booking = await bookingRow(tx, input.bookingId, true);
    if (!booking || booking.userId !== tx.viewer.userId) return null;
    const now = tx.clock.now();
    const refusal = refundable(booking, await findPaymentByBooking(tx.db, booking.id), now);
    if (refusal) return notAllowed(refusal);
    const { after, windowDays } = tx.config.refundReview;
    const earlier = await countRefundRequestsSince(tx.db, booking.userId, new Date(now.getTime() - windowDays * 86_400_000));
    const review = earlier >= after;
    const row = await insertRefundRequest(tx.db, {
      bookingId: booking.id,
      userId: booking.userId,
      reason: valid.data.reason,
      status: review ? 'PENDING_ADMIN' : 'GRANTED',
      earlierRequestCount: review ? earlier : null,
      reviewWindowDays: review ? windowDays : null,
      createdAt: now,
    });
    if (!row) return notAllowed('A refund was already asked for this session.');
    await enqueue(tx.db, refundRequestNoticeJob, { refundRequestId: row.id, notice: 'REQUESTED' });
    if (!review) {
      await enqueueReconcile(tx.db, booking.id);
      // Granted at once: the user hears it as after an admin's decision.
      await enqueue(tx.db, refundRequestNoticeJob, { refundRequestId: row.id, notice: 'GRANTED' });
    }
    await publishPaymentChanged(tx, booking);
    return success(row);
  });
}

const responseSchema = z.object({ response: publicText(z.string().trim().min(1).max(2000)) });

/** The expert answers a request about one of their sessions (once; the answer stays with the request). */
export async function respondToRefundRequest(ctx: SignedInContext, input: { refundRequestId: string; response: string }) {
  const valid = validateInput(responseSchema, { response: input.response });
  if (!valid.ok) return valid.error;
  return inTransaction(ctx, async (tx) => {
    const request = await findRefundRequest(tx.db, input.refundRequestId, true);
    const booking = request && (await bookingRow(tx, request.bookingId));
    if (!request || !booking || (await expertOfBooking(tx, booking)).userId !== tx.viewer.userId) return null;
    if (request.expertResponse) return notAllowed('You already answered this request.');
    const row = await updateRefundRequest(tx.db, request.id, { expertResponse: valid.data.response, expertRespondedAt: tx.clock.now() });
    await publishPaymentChanged(tx, booking);
    return success(row);
  });
}

const decisionSchema = z.object({ note: z.string().trim().max(2000).optional() });

/** An admin decides a request the abuse rule sent to review; audit-logged with the decision. */
export async function decideRefundRequest(ctx: SignedInContext, input: { refundRequestId: string; grant: boolean; note?: string | null }) {
  const valid = validateInput(decisionSchema, { note: input.note ?? undefined });
  if (!valid.ok) return valid.error;
  return inTransaction(ctx, async (tx) => {
    const request = await findRefundRequest(tx.db, input.refundRequestId, true);
    if (!request) return null;
    if (request.status !== 'PENDING_ADMIN') return notAllowed('This request was already decided.');
    const now = tx.clock.now();
    const row = await updateRefundRequest(tx.db, request.id, {
      status: input.grant ? 'GRANTED' : 'DECLINED',
      decidedBy: tx.viewer.userId,
      decisionNote: valid.data.note || null,
      decidedAt: now,
    });
    await recordAudit(tx, {
      action: input.grant ? AuditAction.REFUND_GRANTED : AuditAction.REFUND_DECLINED,
      targetType: 'refund_request',
      targetId: request.id,
      reason: valid.data.note,
    });
    // A grant's refund is published again by the reconcile once the money is back.
    if (input.grant) await enqueueReconcile(tx.db, request.bookingId);
    await enqueue(tx.db, refundRequestNoticeJob, { refundRequestId: row.id, notice: input.grant ? 'GRANTED' : 'DECLINED' });
    await publishPaymentChanged(tx, (await bookingRow(tx, request.bookingId))!);
    return success(row);
  });
}

/** The admins' queue (oldest first), or the decided ones. */
export async function refundRequestQueue(ctx: Context, status: RefundRequestRow['status'], args: ConnectionArgs) {
  const page = pageRequest(args, 2);
  const rows = await listRefundRequests(ctx.db, status, page);
  return toConnection(rows, page, (r) => [r.createdAt.toISOString(), r.id], toRefundRequest);
}

/** The request on a booking, for its participants and admins. */
export async function refundRequestOfBooking(ctx: Context, booking: Pick<BookingRow, 'id'>): Promise<RefundRequest | null> {
  const row = await ctx.loaders.refundRequestByBooking.load(booking.id);
  return row ? toRefundRequest(row) : null;
}
