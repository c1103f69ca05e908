/**
 * The documents of a paid booking: the invoice of the session, issued in the transaction that records the capture
 * (on the captured amount, so a per-minute session is invoiced for the minutes charged, not the authorisation),
 * and a credit note for each refund, issued in the transaction that records it. The VAT comes from the tax module's
 * rules (`taxSupplies`); the buyer is named as they gave their details at checkout, with the country evidence.
 *
 * Who issues: under TAX_MODEL=platform the operator (its `INVOICE_PREFIX`, one series for all); under
 * TAX_MODEL=agent the session is invoiced in the expert's name on their behalf, in a series of its own per expert.
 * The platform's commission to the expert is invoiced monthly (tax reports), not here.
 */
import type { Context } from '../../platform/context';
import { billingDetailsOfPayment } from '../billing/billing-details.service';
import { bookingRow } from '../bookings/booking-payments.service';
import { expertOfBooking } from '../bookings/booking.service';
import { offeringTitles } from '../experts/expert.service';
import { findRecipient } from '../identity/identity.service';
import { expertTaxProfileOf } from '../tax/tax-profile.service';
import { buyerCountry, taxSupplies, VatNumberRefused } from '../tax/tax.rules';
import type { BuyerTaxDetails, ExpertTaxProfile, TaxParty, TaxSupply } from '../tax/tax.types';
import { issueCreditNote, issueInvoice } from './invoice.issue';
import { findInvoiceBySource } from './invoice.queries';
import type { InvoiceParty, InvoiceRow } from './invoice.table';

/** What billing tells of a payment it just recorded as captured. */
export interface CapturedPayment {
  id: string;
  bookingId: string;
  currency: string;
  capturedMinor: number;
  feeBasisPoints: number;
}

/** What billing tells of a refund it just completed. */
export interface CompletedRefund {
  id: string;
  paymentId: string;
  reason: string;
  amountMinor: number;
}

const sessionSource = (paymentId: string) => `payment:${paymentId}:SESSION`;

const party = (p: TaxParty, fallbackName: string): InvoiceParty => ({
  name: p.name ?? fallbackName,
  address: p.address,
  country: p.country,
  vatNumber: p.vatNumber,
});

/** The session's supply, the buyer's VAT number treated as absent if it has failed its checks since checkout. */
function sessionSupply(input: Parameters<typeof taxSupplies>[0]): TaxSupply {
  try {
    return taxSupplies(input).supplies.find((s) => s.kind === 'SESSION')!;
  } catch (error) {
    if (!(error instanceof VatNumberRefused)) throw error;
    return taxSupplies({ ...input, buyer: { ...input.buyer, vatNumber: null, vatNumberState: null } }).supplies.find(
      (s) => s.kind === 'SESSION',
    )!;
  }
}

/** Issues (once) the invoice of a payment's capture; call it in the transaction that records the capture. */
export async function invoiceCapturedPayment(ctx: Context, payment: CapturedPayment): Promise<InvoiceRow | null> {
  if (payment.capturedMinor <= 0) return null;
  const booking = await bookingRow(ctx, payment.bookingId);
  if (!booking) return null;
  const expert = await expertOfBooking(ctx, booking);
  const buyerUser = await findRecipient(ctx, booking.userId);
  const title = (await offeringTitles(ctx, [booking.offeringId])).get(booking.offeringId) ?? '';
  const details = await billingDetailsOfPayment(ctx, payment.id);
  const evidence = {
    billingCountry: details?.country ?? null,
    cardCountry: details?.cardCountry ?? null,
    ipCountry: details?.ipCountry ?? null,
  };
  const { tax } = ctx.config;
  const expertProfile: ExpertTaxProfile = (await expertTaxProfileOf(ctx, expert.userId, expert.id)) ??
    // An expert who sold before tax profiles existed: named as on the site, in the operator's country.
    {
      expertId: expert.id,
      legalName: expert.displayName,
      address: '',
      country: tax.operator.country,
      status: 'VAT_REGISTERED',
      vatNumber: null,
      vatNumberState: null,
      exemptionText: null,
      invoicingConsent: false,
    };
  const buyer: BuyerTaxDetails = {
    kind: details?.kind ?? 'CONSUMER',
    name: details?.name ?? buyerUser?.displayName ?? null,
    address: details?.address ?? null,
    country: buyerCountry(evidence),
    businessName: details?.businessName ?? null,
    vatNumber: details?.vatNumber ?? null,
    vatNumberState: details?.vatCheck ?? null,
  };
  const supply = sessionSupply({
    model: tax.model,
    operator: tax.operator,
    expert: expertProfile,
    buyer,
    // What was captured is what the customer paid: the invoice's gross, VAT inside it whatever PRICES_INCLUDE_TAX says.
    amountMinor: payment.capturedMinor,
    currency: payment.currency,
    pricesIncludeTax: true,
    feeBasisPoints: payment.feeBasisPoints,
    at: booking.startsAt,
  });
  const issuer =
    tax.model === 'platform'
      ? { key: 'platform', prefix: tax.operator.invoicePrefix }
      : { key: `expert:${expert.id}`, prefix: `${tax.operator.invoicePrefix}-E${expert.id.slice(0, 8).toUpperCase()}` };
  return issueInvoice(ctx.db, {
    sourceKey: sessionSource(payment.id),
    supply: 'SESSION',
    issuer,
    seller: party(supply.seller, expert.displayName),
    buyer: party(supply.buyer, buyerUser?.displayName ?? ''),
    buyerUserId: booking.userId,
    expertUserId: expert.userId,
    bookingId: booking.id,
    paymentId: payment.id,
    locale: buyerUser?.locale ?? 'en',
    currency: payment.currency,
    issuedAt: ctx.clock.now(),
    suppliedAt: booking.startsAt,
    lines: [
      {
        description: `${title} — ${expert.displayName}`,
        netMinor: supply.netMinor,
        rateBasisPoints: supply.rateBasisPoints,
        taxMinor: supply.taxMinor,
        taxCountry: supply.taxCountry,
      },
    ],
    mention: supply.mention,
    mentionText: supply.exemptionText,
    evidence,
  });
}

/** Issues (once) the credit note of a completed refund; call it in the transaction that records the refund. */
export async function creditRefund(ctx: Context, refund: CompletedRefund): Promise<InvoiceRow | null> {
  const invoice = await findInvoiceBySource(ctx.db, sessionSource(refund.paymentId));
  // A payment captured before invoices existed has a receipt, not an invoice: nothing to credit.
  if (!invoice) return null;
  return issueCreditNote(ctx.db, {
    sourceKey: `refund:${refund.id}`,
    invoiceId: invoice.id,
    grossMinor: refund.amountMinor,
    issuedAt: ctx.clock.now(),
    refundId: refund.id,
    reason: refund.reason,
  });
}
