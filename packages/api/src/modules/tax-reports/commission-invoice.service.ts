/**
 * The platform's monthly commission invoice to each expert (`commissionInvoicesJob`, on the 1st for the month before):
 * one invoice per expert and currency, one line per booking charged that month, with the commission the platform kept
 * on it (net of the month's refunds). The VAT of each line is the COMMISSION supply of the tax rules (`taxSupplies`)
 * for the expert's tax profile; the invoice is in the expert's language, and the expert (its buyer) and admins
 * download it like any other invoice. Its source key `commission:<expertId>:<YYYY-MM>:<currency>` makes a run again
 * (a retry, or a job queued twice) issue nothing twice.
 *
 * Only under TAX_MODEL=agent: the platform then sells its intermediation to the expert, and the rules make that
 * COMMISSION supply. Under TAX_MODEL=platform the platform itself sells the session to the customer (the deemed
 * supplier, see `tax.rules.ts`) and the commission is only the part of its own sale it keeps: the expert buys
 * nothing from it, the rules model no commission supply, and no commission invoice is due (what the expert earns
 * is in their statement). The job issues none.
 */
import type { Context } from '../../platform/context';
import { findRecipient } from '../identity/identity.service';
import { issueInvoice } from '../invoices/invoice.issue';
import type { InvoiceRow } from '../invoices/invoice.table';
import { expertTaxProfileOf } from '../tax/tax-profile.service';
import { taxSupplies } from '../tax/tax.rules';
import type { ExpertTaxProfile, TaxSupply } from '../tax/tax.types';
import { dayOf, type ReportPeriod } from './report-period';
import { commissionBookings, type CommissionBookingRow } from './tax-reports.queries';

export const commissionSource = (expertId: string, month: string, currency: string) => `commission:${expertId}:${month}:${currency}`;

/** The COMMISSION supply of one booking: the commission kept is the whole amount of that supply, VAT included. */
function commissionSupply(ctx: Context, expert: ExpertTaxProfile, row: CommissionBookingRow): TaxSupply | undefined {
  const { tax } = ctx.config;
  return taxSupplies({
    model: tax.model,
    operator: tax.operator,
    expert,
    // The customer's side does not decide the commission's tax; a consumer of unknown country never refuses.
    buyer: { kind: 'CONSUMER', name: null, address: null, country: null, businessName: null, vatNumber: null, vatNumberState: null },
    amountMinor: row.commissionMinor,
    currency: row.currency,
    pricesIncludeTax: true,
    // The amount given is already the commission kept (net of refunds): all of it is the platform's supply.
    feeBasisPoints: 10_000,
    at: row.startsAt,
  }).supplies.find((s) => s.kind === 'COMMISSION');
}

/** Issues (once each) the commission invoices of `period`; returns those issued or found already issued. */
export async function issueCommissionInvoices(ctx: Context, period: ReportPeriod): Promise<InvoiceRow[]> {
  const { tax } = ctx.config;
  if (tax.model !== 'agent') return [];
  const rows = await commissionBookings(ctx.db, period.from, period.until);
  const groups = new Map<string, (CommissionBookingRow & { expertId: string })[]>();
  for (const row of rows) {
    const key = `${row.expertId}\u0000${row.currency}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const issued: InvoiceRow[] = [];
  for (const group of groups.values()) {
    const { expertId, currency } = group[0]!;
    const expert = await ctx.loaders.expertById.load(expertId);
    if (!expert) continue;
    const recipient = await findRecipient(ctx, expert.userId);
    const profile: ExpertTaxProfile = (await expertTaxProfileOf(ctx, expert.userId, expert.id)) ?? {
      // An expert who sold before tax profiles existed: named as on the site, in the operator's country.
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
    const supplies = group.map((row) => ({ row, supply: commissionSupply(ctx, profile, row)! }));
    const first = supplies[0]!.supply;
    const invoice = await ctx.db.transaction((tx) =>
      issueInvoice(tx, {
        sourceKey: commissionSource(expertId, period.label, currency),
        supply: 'COMMISSION',
        issuer: { key: 'platform', prefix: tax.operator.invoicePrefix },
        seller: {
          name: first.seller.name ?? tax.operator.legalName,
          address: first.seller.address,
          country: first.seller.country,
          vatNumber: first.seller.vatNumber,
        },
        buyer: {
          name: first.buyer.name ?? expert.displayName,
          address: first.buyer.address,
          country: first.buyer.country,
          vatNumber: first.buyer.vatNumber,
        },
        buyerUserId: expert.userId,
        expertUserId: expert.userId,
        locale: recipient?.locale ?? 'en',
        currency,
        issuedAt: ctx.clock.now(),
        suppliedAt: period.from,
        // The last instant of the month (its end is exclusive).
        suppliedUntil: new Date(period.until.getTime() - 1),
        lines: supplies.map(({ row, supply }) => ({
          description: `${row.offeringTitle} — ${dayOf(row.startsAt)}`,
          netMinor: supply.netMinor,
          rateBasisPoints: supply.rateBasisPoints,
          taxMinor: supply.taxMinor,
          taxCountry: supply.taxCountry,
        })),
        mention: first.mention,
        mentionText: first.exemptionText,
      }),
    );
    issued.push(invoice);
  }
  return issued;
}
