/**
 * Who sells what, where it is taxed and at what rate: the one place the VAT rules of a paid booking are decided.
 * `tax.rules.test.ts` holds the table of cases (each buyer and expert under both TAX_MODELs, to the cent).
 *
 * A paid booking makes these supplies:
 * - TAX_MODEL=platform: the platform sells the session to the customer in its own name (it is the deemed supplier,
 *   Art. 28 of Directive 2006/112/EC) and charges the VAT; what it pays the expert is the expert's affair.
 * - TAX_MODEL=agent: the expert sells the session to the customer (the platform invoices it on their behalf), and the
 *   platform sells its intermediation (the commission it keeps) to the expert.
 *
 * Where each supply is taxed (`placeOfSupply`):
 * - an exempt small business charges no VAT and prints its country's mention;
 * - a business buyer in another EU country with a VAT number VIES confirmed: reverse charge (Art. 44 and 196), no VAT;
 *   a number that failed the checks is refused (`VatNumberRefused`); one not verified yet is taxed as a consumer;
 * - an EU seller to anyone else in the EU: the buyer's country (live online sessions to consumers are taxed where the
 *   consumer is since 2025, Art. 54(1) as amended by Directive (EU) 2022/542); its own country when the buyer's is unknown;
 * - a buyer outside the EU, or a seller outside it: no VAT (OUTSIDE_EU), unless the seller's own country has VAT and the
 *   buyer is there too, or the operator is registered in the buyer's country (`TAX_REGISTRATIONS`).
 *
 * Amounts: with PRICES_INCLUDE_TAX the price is the gross and the VAT is inside it; otherwise the VAT is added to it.
 * The commission is the platform's share of what the customer pays (as the payment split keeps it), VAT included.
 * Tax is rounded half up to the currency's smallest step; net + tax = gross, always.
 */
import { splitCharge } from '../billing/fee-split';
import { minorUnitStep } from '../billing/money';
import { exemptionMention } from './tax.mentions';
import { hasVat, isEuCountry, standardRateAt } from './tax.rates';
import type {
  BuyerTaxDetails,
  CountryCode,
  CountryEvidence,
  ExpertTaxProfile,
  OperatorIdentity,
  TaxMention,
  TaxParty,
  TaxSupplies,
  TaxSuppliesInput,
  TaxSupply,
  VatNumberState,
} from './tax.types';

/** A business buyer's VAT number failed its checks and reverse charge was asked for with it. */
export class VatNumberRefused extends Error {
  constructor(readonly vatNumber: string) {
    super(`The VAT number ${vatNumber} failed its checks: it cannot be used for reverse charge.`);
    this.name = 'VatNumberRefused';
  }
}

/** The country the buyer is taxed in, from the evidence: billing country first, then the card's, then the IP's. */
export function buyerCountry(evidence: CountryEvidence): CountryCode | null {
  return evidence.billingCountry ?? evidence.cardCountry ?? evidence.ipCountry ?? null;
}

interface Seller {
  country: CountryCode;
  exempt: boolean;
  exemptionText: string | null;
  /** Countries beyond its own where it charges VAT ("EU" for all EU countries). */
  registrations: CountryCode[];
}

interface Buyer {
  country: CountryCode | null;
  /** A VAT number is claimed for a business purchase. */
  vatNumber: string | null;
  vatNumberState: VatNumberState | null;
}

interface Place {
  taxCountry: CountryCode | null;
  /** Null when a rate applies. */
  mention: TaxMention | null;
  exemptionText: string | null;
}

const registeredIn = (seller: Seller, country: CountryCode) =>
  seller.registrations.includes(country) || (seller.registrations.includes('EU') && isEuCountry(country));

/** Where a supply is taxed, or which mention replaces the tax (see the header for the rules). */
export function placeOfSupply(seller: Seller, buyer: Buyer): Place {
  if (seller.exempt)
    return {
      taxCountry: seller.country,
      mention: 'EXEMPT_SMALL_BUSINESS',
      exemptionText: seller.exemptionText ?? exemptionMention(seller.country),
    };
  if (buyer.vatNumber && buyer.vatNumberState === 'INVALID') throw new VatNumberRefused(buyer.vatNumber);
  const country = buyer.country ?? seller.country;
  const reverseCharge =
    buyer.vatNumber !== null &&
    buyer.vatNumberState === 'VALID' &&
    isEuCountry(country) &&
    country !== seller.country &&
    (isEuCountry(seller.country) || registeredIn(seller, country));
  if (reverseCharge) return { taxCountry: country, mention: 'REVERSE_CHARGE', exemptionText: null };
  const taxed =
    (isEuCountry(seller.country) && isEuCountry(country)) ||
    (country === seller.country && hasVat(country)) ||
    registeredIn(seller, country);
  return taxed
    ? { taxCountry: country, mention: null, exemptionText: null }
    : { taxCountry: country, mention: 'OUTSIDE_EU', exemptionText: null };
}

/** Rounds half up to a multiple of `step`: numerator ÷ denominator, in BigInt. */
function roundHalfUp(numerator: bigint, denominator: bigint, step: number): number {
  const unit = denominator * BigInt(step);
  return Number(((numerator * 2n + unit) / (unit * 2n)) * BigInt(step));
}

/** Net, tax and gross of `amountMinor` at `rateBasisPoints`, the amount being the gross or the net. */
export function taxAmounts(
  amountMinor: number,
  currency: string,
  rateBasisPoints: number,
  amountIncludesTax: boolean,
): { netMinor: number; taxMinor: number; grossMinor: number } {
  const step = minorUnitStep(currency);
  const amount = BigInt(amountMinor);
  const rate = BigInt(rateBasisPoints);
  if (amountIncludesTax) {
    const taxMinor = roundHalfUp(amount * rate, 10_000n + rate, step);
    return { netMinor: amountMinor - taxMinor, taxMinor, grossMinor: amountMinor };
  }
  const taxMinor = roundHalfUp(amount * rate, 10_000n, step);
  return { netMinor: amountMinor, taxMinor, grossMinor: amountMinor + taxMinor };
}

function supply(
  kind: TaxSupply['kind'],
  parties: { seller: TaxParty; buyer: TaxParty },
  place: Place,
  amount: { amountMinor: number; currency: string; includesTax: boolean; at: Date },
): TaxSupply {
  const rate = place.mention === null && place.taxCountry ? (standardRateAt(place.taxCountry, amount.at) ?? 0) : 0;
  return {
    kind,
    ...parties,
    currency: amount.currency,
    ...taxAmounts(amount.amountMinor, amount.currency, rate, amount.includesTax),
    rateBasisPoints: rate,
    taxCountry: place.taxCountry,
    mention: place.mention,
    exemptionText: place.exemptionText,
  };
}

const platformParty = (operator: OperatorIdentity): TaxParty => ({
  role: 'PLATFORM',
  name: operator.legalName,
  address: operator.address,
  country: operator.country,
  vatNumber: operator.vatNumber,
});

const expertParty = (expert: ExpertTaxProfile): TaxParty => ({
  role: 'EXPERT',
  name: expert.legalName,
  address: expert.address,
  country: expert.country,
  vatNumber: expert.status === 'VAT_REGISTERED' ? expert.vatNumber : null,
});

const customerParty = (buyer: BuyerTaxDetails): TaxParty => ({
  role: 'CUSTOMER',
  name: buyer.kind === 'BUSINESS' ? (buyer.businessName ?? buyer.name) : buyer.name,
  address: buyer.address,
  country: buyer.country,
  vatNumber: buyer.kind === 'BUSINESS' ? buyer.vatNumber : null,
});

/** The supplies of one paid booking, with their tax, under the configured TAX_MODEL. Throws `VatNumberRefused`. */
export function taxSupplies(input: TaxSuppliesInput): TaxSupplies {
  const { model, operator, expert, buyer, currency, at } = input;
  const platformSeller: Seller = {
    country: operator.country,
    exempt: false,
    exemptionText: null,
    registrations: operator.registrations,
  };
  const expertSeller: Seller = {
    country: expert.country,
    exempt: expert.status === 'EXEMPT_SMALL_BUSINESS',
    exemptionText: expert.exemptionText,
    registrations: [],
  };
  const customer: Buyer = {
    country: buyer.country,
    vatNumber: buyer.kind === 'BUSINESS' ? buyer.vatNumber : null,
    vatNumberState: buyer.kind === 'BUSINESS' ? buyer.vatNumberState : null,
  };
  const seller = model === 'platform' ? platformSeller : expertSeller;
  const session = supply(
    'SESSION',
    { seller: model === 'platform' ? platformParty(operator) : expertParty(expert), buyer: customerParty(buyer) },
    placeOfSupply(seller, customer),
    { amountMinor: input.amountMinor, currency, includesTax: input.pricesIncludeTax, at },
  );
  const supplies = [session];
  if (model === 'agent') {
    const { feeMinor } = splitCharge(session.grossMinor, currency, input.feeBasisPoints);
    // The expert buys the platform's service as a business only with a VAT number; an exempt expert is taxed like a consumer.
    const expertAsBuyer: Buyer = {
      country: expert.country,
      vatNumber: expert.status === 'VAT_REGISTERED' ? expert.vatNumber : null,
      vatNumberState: expert.status === 'VAT_REGISTERED' ? expert.vatNumberState : null,
    };
    // A commission is not bought at checkout: an expert number that failed its checks means VAT is charged, not a refusal.
    const commissionBuyer: Buyer = expertAsBuyer.vatNumberState === 'INVALID' ? { ...expertAsBuyer, vatNumber: null } : expertAsBuyer;
    const place =
      isEuCountry(commissionBuyer.country) && !commissionBuyer.vatNumber && isEuCountry(operator.country)
        ? // Art. 45: a service to a non-taxable person is taxed where the supplier is established.
          { taxCountry: operator.country, mention: null, exemptionText: null }
        : placeOfSupply(platformSeller, commissionBuyer);
    supplies.push(
      supply('COMMISSION', { seller: platformParty(operator), buyer: expertParty(expert) }, place, {
        amountMinor: feeMinor,
        currency,
        includesTax: true,
        at,
      }),
    );
  }
  return { supplies, chargeMinor: session.grossMinor };
}
