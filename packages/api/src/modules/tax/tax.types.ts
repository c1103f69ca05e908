/**
 * The shapes of tax: who the operator is, what an expert and a buyer declare, and the supplies a paid booking makes
 * (computed by `taxSupplies` in `tax.rules.ts`). The expert's tax profile and the buyer's billing details are stored by
 * their own modules (tax profiles, checkout); this module only defines what the rules read from them.
 */
import { ObjectType } from 'type-graphql';
import { ErrorCode } from '../../error-codes';
import { DomainError } from '../../platform/graphql/domain-error';

/**
 * Who sells the session (README, "Taxes: the choice an operator makes"):
 * - `platform`: the platform is the seller of record; it invoices the customer and charges the customer's VAT.
 * - `agent`: the platform is an intermediary; the session is invoiced in the expert's name on their behalf, and the
 *   platform invoices its commission to the expert.
 */
export type TaxModel = 'platform' | 'agent';

/** ISO 3166-1 alpha-2, upper case ("FR", "GB" for the United Kingdom, "GR" for Greece). */
export type CountryCode = string;

/** The operator's identity, from configuration (`OPERATOR_*`, `INVOICE_PREFIX`). */
export interface OperatorIdentity {
  legalName: string;
  /** Postal address, lines separated by newlines. */
  address: string;
  country: CountryCode;
  /** With its country prefix ("FR40303265045"); null for an operator without one. */
  vatNumber: string | null;
  invoicePrefix: string;
  /**
   * Countries outside its own where the operator is registered for VAT ("GB", "CH", "NO", or "EU" for every EU
   * country through the non-Union One-Stop Shop): supplies the platform makes there are taxed. `TAX_REGISTRATIONS`.
   */
  registrations: CountryCode[];
}

/** Where a VAT number stands after the checks: VIES said yes, VIES (or the checksum) said no, or not asked yet. */
export type VatNumberState = 'VALID' | 'INVALID' | 'NOT_YET_VERIFIED';

/** An expert's VAT status: registered (with a number), or exempt as a small business under their country's scheme. */
export type ExpertTaxStatus = 'VAT_REGISTERED' | 'EXEMPT_SMALL_BUSINESS';

/** The expert's tax profile (stored by the tax-profiles module; required before a first paid offering). */
export interface ExpertTaxProfile {
  expertId: string;
  legalName: string;
  address: string;
  country: CountryCode;
  status: ExpertTaxStatus;
  /** Required when VAT_REGISTERED. */
  vatNumber: string | null;
  /** The state of `vatNumber` (see `vatNumberStatus`); null without a number. */
  vatNumberState: VatNumberState | null;
  /**
   * The exemption mention printed on invoices for EXEMPT_SMALL_BUSINESS; null takes the country's standard wording
   * (`exemptionMention` in `tax.mentions.ts`, e.g. France's "TVA non applicable, art. 293 B du CGI").
   */
  exemptionText: string | null;
  /** The expert agreed that the platform issues invoices in their name (needed under TAX_MODEL=agent). */
  invoicingConsent: boolean;
}

/** What the customer told at checkout, and where the evidence puts them. All optional for a consumer. */
export interface BuyerTaxDetails {
  kind: 'CONSUMER' | 'BUSINESS';
  name: string | null;
  address: string | null;
  /**
   * The country the rules tax in: the billing country, else the card's country, else the IP's country
   * (`buyerCountry` in `tax.rules.ts` picks it from the evidence); null when nothing is known (the seller's country applies).
   */
  country: CountryCode | null;
  businessName: string | null;
  vatNumber: string | null;
  vatNumberState: VatNumberState | null;
}

/** The country evidence kept with the invoice (billing address, card, IP). */
export interface CountryEvidence {
  billingCountry: CountryCode | null;
  cardCountry: CountryCode | null;
  ipCountry: CountryCode | null;
}

/** The mention a supply's invoice must carry when no VAT is charged on it. */
export type TaxMention = 'REVERSE_CHARGE' | 'EXEMPT_SMALL_BUSINESS' | 'OUTSIDE_EU';

/** A party to a supply. */
export interface TaxParty {
  role: 'PLATFORM' | 'EXPERT' | 'CUSTOMER';
  name: string | null;
  address: string | null;
  country: CountryCode | null;
  vatNumber: string | null;
}

/**
 * One supply of a paid booking:
 * - SESSION: the help session, sold to the customer by the platform (TAX_MODEL=platform) or by the expert
 *   (TAX_MODEL=agent, invoiced on the expert's behalf);
 * - COMMISSION: the platform's service to the expert (TAX_MODEL=agent only), the commission the platform keeps.
 */
export interface TaxSupply {
  kind: 'SESSION' | 'COMMISSION';
  seller: TaxParty;
  buyer: TaxParty;
  currency: string;
  netMinor: number;
  taxMinor: number;
  grossMinor: number;
  /** 2000 = 20 %, 2550 = 25.5 %; 0 when no VAT is charged. */
  rateBasisPoints: number;
  /** The country whose VAT applies (or where the supply takes place, when none is charged); null if unknown. */
  taxCountry: CountryCode | null;
  mention: TaxMention | null;
  /** The wording of the mention in the invoice's language is the invoice's business; this is the exemption's own. */
  exemptionText: string | null;
}

export interface TaxSuppliesInput {
  model: TaxModel;
  operator: OperatorIdentity;
  expert: ExpertTaxProfile;
  buyer: BuyerTaxDetails;
  /** The price the customer is charged for the session (what was captured, for per-minute sessions). */
  amountMinor: number;
  currency: string;
  /** `PRICES_INCLUDE_TAX`: the price holds the VAT (on) or VAT is added to it (off). */
  pricesIncludeTax: boolean;
  /** The platform's commission in basis points (`PLATFORM_FEE_BASIS_POINTS`). */
  feeBasisPoints: number;
  /** When the supply takes place: picks the rate in force. */
  at: Date;
}

export interface TaxSupplies {
  supplies: TaxSupply[];
  /** What the customer pays: the SESSION supply's gross. */
  chargeMinor: number;
}

/** A business buyer asked for reverse charge with a VAT number that failed its checks. */
@ObjectType({
  implements: DomainError,
  description: 'The VAT number failed its checks (format, checksum or the EU VIES service): it cannot be used for reverse charge.',
})
export class VatNumberInvalidError extends DomainError {
  override readonly code = ErrorCode.VAT_NUMBER_INVALID;
}
