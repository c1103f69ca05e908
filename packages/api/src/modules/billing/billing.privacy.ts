/**
 * What billing keeps about a person, for their data export: payments and refunds of their bookings with receipt
 * links and the billing details given at checkout (with the evidence of the buyer's country), refund requests, the ledger entries on their own accounts, and an expert's payout account status. Nothing
 * here is erased when an account is deleted: payment records are kept (they point to the anonymised account).
 */
import type { Context } from '../../platform/context';
import { accounts, entriesOnAccounts } from './ledger';
import { groupedByKey } from '../../platform/db/loader-helpers';
import { billingDetailsOfPayments } from './billing-details.queries';
import type { PaymentBillingDetailsRow } from './billing-details.table';
import { findPayoutAccount, paymentsOfBookings, refundRequestsOfBookings, refundsOfPayments } from './payment.queries';

export async function paymentsDataOf(ctx: Context, bookings: { id: string; role: 'CLIENT' | 'EXPERT' }[], expertId: string | null) {
  const ids = bookings.map((b) => b.id);
  const [payments, requests] = await Promise.all([paymentsOfBookings(ctx.db, ids), refundRequestsOfBookings(ctx.db, ids)]);
  const ownAccounts = [
    ...bookings.filter((b) => b.role === 'CLIENT').map((b) => accounts.booking(b.id)),
    ...(expertId ? [accounts.expert(expertId)] : []),
  ];
  const paymentIds = payments.map((p) => p.id);
  const [payout, refunds, entries, details] = await Promise.all([
    expertId ? findPayoutAccount(ctx.db, expertId) : undefined,
    refundsOfPayments(ctx.db, paymentIds),
    entriesOnAccounts(ctx.db, ids, ownAccounts),
    billingDetailsOfPayments(
      ctx.db,
      payments.filter((p) => bookings.some((b) => b.id === p.bookingId && b.role === 'CLIENT')).map((p) => p.id),
    ),
  ]);
  const refundsByPayment = groupedByKey(paymentIds, refunds, (r) => r.paymentId);
  const detailsByPayment = new Map(details.map((d) => [d.paymentId, d]));
  return {
    payments: payments.map((p, i) => ({
      id: p.id,
      bookingId: p.bookingId,
      provider: p.provider,
      status: p.status,
      currency: p.currency,
      amountMinor: p.amountMinor,
      capturedMinor: p.capturedMinor,
      refundedMinor: p.refundedMinor,
      platformFeePercent: p.feeBasisPoints / 100,
      createdAt: p.createdAt,
      receiptUrl: p.capturedMinor > 0 ? `${ctx.config.publicUrl}/receipts/${p.id}.pdf` : null,
      billingDetails: billingDetailsData(detailsByPayment.get(p.id)),
      refunds: refundsByPayment[i]!.map((r) => ({
        reason: r.reason,
        amountMinor: r.amountMinor,
        createdAt: r.createdAt,
        completedAt: r.completedAt,
      })),
    })),
    refundRequests: requests.map((r) => ({
      bookingId: r.bookingId,
      reason: r.reason,
      status: r.status,
      expertResponse: r.expertResponse,
      decisionNote: r.decisionNote,
      createdAt: r.createdAt,
      decidedAt: r.decidedAt,
    })),
    ledgerEntries: entries.map((e) => ({
      bookingId: e.bookingId,
      kind: e.kind,
      account: e.account,
      currency: e.currency,
      amountMinor: e.amountMinor,
      createdAt: e.createdAt,
    })),
    payoutAccount: payout
      ? {
          provider: payout.provider,
          chargesEnabled: payout.chargesEnabled,
          payoutsEnabled: payout.payoutsEnabled,
          detailsSubmitted: payout.detailsSubmitted,
        }
      : null,
  };
}

/** The buyer's own details (the expert's export leaves them out: they are the client's). */
function billingDetailsData(row: PaymentBillingDetailsRow | undefined) {
  if (!row) return null;
  return {
    kind: row.kind,
    name: row.name,
    address: row.address,
    country: row.country,
    businessName: row.businessName,
    vatNumber: row.vatNumber,
    vatNumberCheck: row.vatCheck,
    evidence: { billingCountry: row.country, cardCountry: row.cardCountry, ipCountry: row.ipCountry },
  };
}
