/** The SQL of payments, refunds, payout accounts, refund requests and provider events. */
import { and, count, eq, gte, inArray, isNull, or } from 'drizzle-orm';
import { keysetAfter } from '../../platform/db/keyset';
import type { DbExecutor } from '../../platform/db/client';
import type { PageRequest } from '../../platform/graphql/connection';
import {
  payments,
  payoutAccounts,
  providerEvents,
  refundRequests,
  refunds,
  type PaymentRow,
  type PayoutAccountRow,
  type RefundReason,
  type RefundRequestRow,
  type RefundRow,
} from './payment.table';

export async function findPaymentByBooking(db: DbExecutor, bookingId: string, lock = false): Promise<PaymentRow | undefined> {
  const query = db.select().from(payments).where(eq(payments.bookingId, bookingId));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Bookings whose payment is still pending and was opened after `since`. */
export async function pendingPaymentBookingsSince(db: DbExecutor, since: Date): Promise<string[]> {
  const rows = await db
    .select({ bookingId: payments.bookingId })
    .from(payments)
    .where(and(eq(payments.status, 'PENDING'), gte(payments.createdAt, since)));
  return rows.map((row) => row.bookingId);
}

export async function paymentsOfBookings(db: DbExecutor, bookingIds: readonly string[]): Promise<PaymentRow[]> {
  return bookingIds.length
    ? db
        .select()
        .from(payments)
        .where(inArray(payments.bookingId, [...bookingIds]))
    : [];
}

export async function findPaymentById(db: DbExecutor, id: string): Promise<PaymentRow | undefined> {
  const [row] = await db.select().from(payments).where(eq(payments.id, id));
  return row;
}

export async function findPaymentByCheckout(db: DbExecutor, checkoutId: string): Promise<PaymentRow | undefined> {
  const [row] = await db.select().from(payments).where(eq(payments.checkoutId, checkoutId));
  return row;
}

/** The booking a provider object belongs to, by checkout session or payment intent id. */
export async function bookingIdOfProviderObject(db: DbExecutor, providerId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ bookingId: payments.bookingId })
    .from(payments)
    .where(or(eq(payments.checkoutId, providerId), eq(payments.providerPaymentId, providerId)));
  return row?.bookingId;
}

/** Inserts the booking's payment, or returns the one a concurrent request inserted first. */
export async function insertPayment(db: DbExecutor, values: typeof payments.$inferInsert): Promise<PaymentRow> {
  const [inserted] = await db.insert(payments).values(values).onConflictDoNothing({ target: payments.bookingId }).returning();
  return inserted ?? (await findPaymentByBooking(db, values.bookingId))!;
}

export async function updatePayment(db: DbExecutor, id: string, values: Partial<typeof payments.$inferInsert>): Promise<PaymentRow> {
  const [row] = await db.update(payments).set(values).where(eq(payments.id, id)).returning();
  return row!;
}

export async function refundsOfPayment(db: DbExecutor, paymentId: string): Promise<RefundRow[]> {
  return db.select().from(refunds).where(eq(refunds.paymentId, paymentId)).orderBy(refunds.createdAt);
}

/** The refunds of these payments, oldest first. */
export async function refundsOfPayments(db: DbExecutor, paymentIds: readonly string[]): Promise<RefundRow[]> {
  return paymentIds.length
    ? db
        .select()
        .from(refunds)
        .where(inArray(refunds.paymentId, [...paymentIds]))
        .orderBy(refunds.createdAt)
    : [];
}

/** The refund of this payment for `reason`, created on first ask (one per reason, except refunds made outside). */
export async function refundFor(
  db: DbExecutor,
  values: { paymentId: string; reason: Exclude<RefundReason, 'OUTSIDE'>; amountMinor: number; createdAt: Date },
): Promise<RefundRow> {
  const [inserted] = await db.insert(refunds).values(values).onConflictDoNothing().returning();
  if (inserted) return inserted;
  const [existing] = await db
    .select()
    .from(refunds)
    .where(and(eq(refunds.paymentId, values.paymentId), eq(refunds.reason, values.reason)));
  return existing!;
}

export async function insertRefund(db: DbExecutor, values: typeof refunds.$inferInsert): Promise<RefundRow> {
  const [row] = await db.insert(refunds).values(values).returning();
  return row!;
}

/** Marks a refund done; false when another worker recorded it first. */
export async function completeRefund(db: DbExecutor, refundId: string, providerRefundId: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(refunds)
    .set({ providerRefundId, completedAt: at })
    .where(and(eq(refunds.id, refundId), isNull(refunds.completedAt)))
    .returning({ id: refunds.id });
  return rows.length > 0;
}

export async function findPayoutAccount(db: DbExecutor, expertId: string): Promise<PayoutAccountRow | undefined> {
  const [row] = await db.select().from(payoutAccounts).where(eq(payoutAccounts.expertId, expertId));
  return row;
}

export async function savePayoutAccount(db: DbExecutor, values: typeof payoutAccounts.$inferInsert): Promise<PayoutAccountRow> {
  const [row] = await db
    .insert(payoutAccounts)
    .values(values)
    .onConflictDoUpdate({
      target: payoutAccounts.expertId,
      set: {
        chargesEnabled: values.chargesEnabled,
        payoutsEnabled: values.payoutsEnabled,
        detailsSubmitted: values.detailsSubmitted,
        updatedAt: values.updatedAt,
      },
    })
    .returning();
  return row!;
}

export async function updatePayoutAccountByAccountId(
  db: DbExecutor,
  accountId: string,
  values: Partial<typeof payoutAccounts.$inferInsert>,
): Promise<void> {
  await db.update(payoutAccounts).set(values).where(eq(payoutAccounts.accountId, accountId));
}

export async function findRefundRequestByBooking(db: DbExecutor, bookingId: string): Promise<RefundRequestRow | undefined> {
  const [row] = await db.select().from(refundRequests).where(eq(refundRequests.bookingId, bookingId));
  return row;
}

export async function refundRequestsOfBookings(db: DbExecutor, bookingIds: readonly string[]): Promise<RefundRequestRow[]> {
  return bookingIds.length
    ? db
        .select()
        .from(refundRequests)
        .where(inArray(refundRequests.bookingId, [...bookingIds]))
    : [];
}

export async function findRefundRequest(db: DbExecutor, id: string, lock = false): Promise<RefundRequestRow | undefined> {
  const query = db.select().from(refundRequests).where(eq(refundRequests.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

/** Inserts the request; undefined when the booking already has one. */
export async function insertRefundRequest(
  db: DbExecutor,
  values: typeof refundRequests.$inferInsert,
): Promise<RefundRequestRow | undefined> {
  const [row] = await db.insert(refundRequests).values(values).onConflictDoNothing({ target: refundRequests.bookingId }).returning();
  return row;
}

export async function updateRefundRequest(
  db: DbExecutor,
  id: string,
  values: Partial<typeof refundRequests.$inferInsert>,
): Promise<RefundRequestRow> {
  const [row] = await db.update(refundRequests).set(values).where(eq(refundRequests.id, id)).returning();
  return row!;
}

/** How many refunds a user asked for since `since` (the abuse rule's count). */
export async function countRefundRequestsSince(db: DbExecutor, userId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(refundRequests)
    .where(and(eq(refundRequests.userId, userId), gte(refundRequests.createdAt, since)));
  return row?.n ?? 0;
}

/** Refund requests in `status`, oldest first (keyset on created_at, id). */
export async function listRefundRequests(
  db: DbExecutor,
  status: RefundRequestRow['status'],
  page: PageRequest,
): Promise<RefundRequestRow[]> {
  return db
    .select()
    .from(refundRequests)
    .where(and(eq(refundRequests.status, status), keysetAfter([refundRequests.createdAt, refundRequests.id], page.after, 'asc')))
    .orderBy(refundRequests.createdAt, refundRequests.id)
    .limit(page.limit);
}

/** Records a provider event id; false when it was already recorded (a redelivery). */
export async function recordProviderEvent(
  db: DbExecutor,
  event: { id: string; type: string; payload: unknown; receivedAt: Date },
): Promise<boolean> {
  const rows = await db.insert(providerEvents).values(event).onConflictDoNothing().returning({ id: providerEvents.id });
  return rows.length > 0;
}

export async function findProviderEvent(db: DbExecutor, id: string) {
  const [row] = await db.select().from(providerEvents).where(eq(providerEvents.id, id));
  return row;
}
