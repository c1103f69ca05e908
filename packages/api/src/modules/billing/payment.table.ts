import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, jsonb, pgEnum, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../../platform/db/columns';
import { bookings } from '../bookings/booking.table';
import { experts } from '../experts/expert.table';
import { users } from '../identity/identity.table';

export const paymentProviderEnum = pgEnum('payment_provider', ['offline', 'stripe']);
/** PENDING: checkout open · AUTHORIZED: held, not captured (per minute) · CAPTURED: charged · CANCELED: nothing charged. */
export const paymentStatusEnum = pgEnum('payment_status', ['PENDING', 'AUTHORIZED', 'CAPTURED', 'CANCELED']);
export const captureMethodEnum = pgEnum('capture_method', ['AUTOMATIC', 'MANUAL']);
export const refundReasonEnum = pgEnum('refund_reason', ['CANCELLATION', 'GUARANTEE', 'LATE_PAYMENT', 'OUTSIDE']);
export const refundRequestStatusEnum = pgEnum('refund_request_status', ['GRANTED', 'PENDING_ADMIN', 'DECLINED']);

/**
 * The payment of a booking (at most one): what was asked of the provider and what the provider last reported.
 * The fee rate is frozen here when the checkout opens, so a later change of `PLATFORM_FEE_PERCENT` never alters
 * the split of a payment already made. Amounts are minor units of `currency`.
 */
export const payments = pgTable(
  'payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bookingId: uuid('booking_id')
      .notNull()
      .unique()
      .references(() => bookings.id, { onDelete: 'restrict' }),
    provider: paymentProviderEnum('provider').notNull(),
    checkoutId: text('checkout_id').notNull().unique(),
    checkoutUrl: text('checkout_url').notNull(),
    /** The provider's PaymentIntent, once the user has paid (Stripe creates it when the checkout is confirmed). */
    providerPaymentId: text('provider_payment_id').unique(),
    status: paymentStatusEnum('status').notNull(),
    captureMethod: captureMethodEnum('capture_method').notNull(),
    currency: text('currency').notNull(),
    /** Charged (AUTOMATIC) or the most that may be captured (MANUAL: rate × booked minutes). */
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    feeBasisPoints: integer('fee_basis_points').notNull(),
    destinationAccount: text('destination_account').notNull(),
    capturedMinor: bigint('captured_minor', { mode: 'number' }).notNull().default(0),
    refundedMinor: bigint('refunded_minor', { mode: 'number' }).notNull().default(0),
    /** Paid after the booking stopped waiting for it (hold expired, cancelled): everything goes back. */
    arrivedLate: boolean('arrived_late').notNull().default(false),
    /** Per minute: the seconds both sides were connected, as the session reported them; capture follows from it. */
    meteredSeconds: integer('metered_seconds'),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    index('payments_status_idx').on(t.status),
    check(
      'payments_amounts_ordered',
      sql`0 <= ${t.refundedMinor} and ${t.refundedMinor} <= ${t.capturedMinor} and ${t.capturedMinor} <= ${t.amountMinor}`,
    ),
  ],
);

/**
 * Refunds, one per booking and reason: the row is written before the provider is asked, and its id is the
 * provider's idempotency key, so a retry after a crash never refunds twice.
 */
export const refunds = pgTable(
  'refunds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    paymentId: uuid('payment_id')
      .notNull()
      .references(() => payments.id, { onDelete: 'restrict' }),
    reason: refundReasonEnum('reason').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    providerRefundId: text('provider_refund_id'),
    createdAt: instant('created_at').notNull(),
    completedAt: instant('completed_at'),
  },
  (t) => [
    check('refunds_amount_positive', sql`${t.amountMinor} > 0`),
    uniqueIndex('refunds_payment_reason_idx')
      .on(t.paymentId, t.reason)
      .where(sql`${t.reason} <> 'OUTSIDE'`),
  ],
);

/** An expert's account at the payment provider (Stripe Connect Express), which receives their share. */
export const payoutAccounts = pgTable('payout_accounts', {
  expertId: uuid('expert_id')
    .primaryKey()
    .references(() => experts.id, { onDelete: 'restrict' }),
  provider: paymentProviderEnum('provider').notNull(),
  accountId: text('account_id').notNull().unique(),
  chargesEnabled: boolean('charges_enabled').notNull().default(false),
  payoutsEnabled: boolean('payouts_enabled').notNull().default(false),
  detailsSubmitted: boolean('details_submitted').notNull().default(false),
  updatedAt: instant('updated_at').notNull(),
});

/** "Not satisfied": a user's request for a full refund of a paid session (one per booking). */
export const refundRequests = pgTable(
  'refund_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bookingId: uuid('booking_id')
      .notNull()
      .unique()
      .references(() => bookings.id, { onDelete: 'restrict' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    reason: text('reason').notNull(),
    status: refundRequestStatusEnum('status').notNull(),
    /** Sent to the admins instead of granted at once: the user's earlier requests within the review window... */
    earlierRequestCount: integer('earlier_request_count'),
    /** ...of this many days (both null when granted at once). */
    reviewWindowDays: integer('review_window_days'),
    expertResponse: text('expert_response'),
    expertRespondedAt: instant('expert_responded_at'),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decisionNote: text('decision_note'),
    decidedAt: instant('decided_at'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [index('refund_requests_user_idx').on(t.userId, t.createdAt), index('refund_requests_status_idx').on(t.status, t.createdAt)],
);

/** Stripe webhook events already accepted: each id once, so a redelivery is a no-op. */
export const providerEvents = pgTable('provider_events', {
  id: text('id').primaryKey(),
  type: text('type').notNull(),
  payload: jsonb('payload').notNull(),
  receivedAt: instant('received_at').notNull(),
});

/**
 * The offline provider's own books: what a real provider would keep on its side (authorisations, captures,
 * refunds). It lets the whole product run with no payment account; no real money moves.
 */
export const offlinePaymentIntents = pgTable('offline_payment_intents', {
  id: text('id').primaryKey(),
  checkoutId: text('checkout_id').notNull().unique(),
  status: text('status', { enum: ['open', 'requires_capture', 'succeeded', 'canceled', 'expired'] }).notNull(),
  captureMethod: captureMethodEnum('capture_method').notNull(),
  currency: text('currency').notNull(),
  amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
  applicationFeeMinor: bigint('application_fee_minor', { mode: 'number' }).notNull(),
  destination: text('destination').notNull(),
  capturedMinor: bigint('captured_minor', { mode: 'number' }).notNull().default(0),
  refundedMinor: bigint('refunded_minor', { mode: 'number' }).notNull().default(0),
  metadata: jsonb('metadata').$type<Record<string, string>>().notNull(),
  /** Idempotency keys already answered, with the answer, as a provider keeps them. */
  idempotency: jsonb('idempotency').$type<Record<string, string>>().notNull().default({}),
  createdAt: instant('created_at').notNull(),
});

export type PaymentRow = typeof payments.$inferSelect;
export type RefundRow = typeof refunds.$inferSelect;
export type RefundReason = RefundRow['reason'];
export type PayoutAccountRow = typeof payoutAccounts.$inferSelect;
export type RefundRequestRow = typeof refundRequests.$inferSelect;
export type OfflinePaymentIntentRow = typeof offlinePaymentIntents.$inferSelect;
