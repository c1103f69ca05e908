/**
 * Stripe Tax through the official SDK (`tax.calculations.create`): for each supply the platform sells (the session
 * under TAX_MODEL=platform, the commission under agent), Stripe computes the VAT from the buyer's country and VAT
 * number, at the operator's Stripe Tax registrations; supplies sold by experts keep the offline rules (Stripe Tax
 * computes only for the platform's own account). The calculation's id is kept as `providerReference`.
 */
import Stripe from 'stripe';
import { taxSupplies } from './tax.rules';
import { TaxProviderError, type TaxCalculator } from './tax.port';
import type { TaxMention, TaxSupplies, TaxSuppliesInput, TaxSupply } from './tax.types';

export interface StripeTaxSettings {
  secretKey: string;
  host?: { host: string; port: number; protocol: 'http' | 'https' };
}

/** Stripe's tax code for services supplied online (live help by video). */
export const onlineServiceTaxCode = 'txcd_10000000';

export class StripeTaxCalculator implements TaxCalculator {
  readonly name = 'stripe' as const;
  private readonly stripe: Stripe;

  constructor(settings: StripeTaxSettings) {
    this.stripe = new Stripe(settings.secretKey, {
      maxNetworkRetries: 2,
      timeout: 20_000,
      appInfo: { name: 'Skillcall' },
      ...settings.host,
    });
  }

  async calculate(input: TaxSuppliesInput): Promise<TaxSupplies> {
    const offline = taxSupplies(input);
    const supplies: TaxSupply[] = [];
    for (const [index, supply] of offline.supplies.entries()) {
      if (supply.seller.role !== 'PLATFORM') supplies.push(supply);
      else {
        // The session's price follows PRICES_INCLUDE_TAX; the commission is what the platform keeps, VAT included.
        const includesTax = supply.kind === 'COMMISSION' || input.pricesIncludeTax;
        const amountMinor = includesTax ? supply.grossMinor : supply.netMinor;
        supplies.push(
          await this.priced(supply, { amountMinor, includesTax, at: input.at, reference: `${supply.kind.toLowerCase()}-${index}` }),
        );
      }
    }
    return { supplies, chargeMinor: supplies[0]!.grossMinor };
  }

  private async priced(
    supply: TaxSupply,
    line: { amountMinor: number; includesTax: boolean; at: Date; reference: string },
  ): Promise<TaxSupply> {
    const buyer = supply.buyer;
    let calculation: Stripe.Tax.Calculation;
    try {
      calculation = await this.stripe.tax.calculations.create({
        currency: supply.currency.toLowerCase(),
        line_items: [
          {
            amount: line.amountMinor,
            reference: line.reference,
            tax_behavior: line.includesTax ? 'inclusive' : 'exclusive',
            tax_code: onlineServiceTaxCode,
          },
        ],
        customer_details: {
          ...(buyer.country ? { address: { country: buyer.country }, address_source: 'billing' as const } : {}),
          ...(buyer.vatNumber ? { tax_ids: [{ type: 'eu_vat' as const, value: buyer.vatNumber }] } : {}),
        },
        tax_date: Math.floor(line.at.getTime() / 1000),
      });
    } catch (error) {
      const retryable =
        !(error instanceof Stripe.errors.StripeError) ||
        error instanceof Stripe.errors.StripeConnectionError ||
        error instanceof Stripe.errors.StripeAPIError ||
        error instanceof Stripe.errors.StripeRateLimitError;
      throw new TaxProviderError(`Stripe Tax: ${error instanceof Error ? error.message : String(error)}`, retryable, { cause: error });
    }
    const taxMinor = calculation.tax_amount_exclusive + calculation.tax_amount_inclusive;
    const grossMinor = calculation.amount_total;
    const breakdown = calculation.tax_breakdown.find((entry) => entry.amount > 0) ?? calculation.tax_breakdown[0];
    const rateBasisPoints = taxMinor > 0 && breakdown ? Math.round(Number(breakdown.tax_rate_details.percentage_decimal) * 100) : 0;
    const mention: TaxMention | null =
      taxMinor > 0 ? null : breakdown?.taxability_reason === 'reverse_charge' ? 'REVERSE_CHARGE' : supply.mention;
    return {
      ...supply,
      netMinor: grossMinor - taxMinor,
      taxMinor,
      grossMinor,
      rateBasisPoints,
      taxCountry: breakdown?.tax_rate_details.country ?? supply.taxCountry,
      mention,
      ...(calculation.id ? { providerReference: calculation.id } : {}),
    };
  }
}
