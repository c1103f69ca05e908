/**
 * The tax port: the supplies of a paid booking with their VAT. `OfflineTaxCalculator` applies `tax.rules.ts` with the
 * rates table; `StripeTaxCalculator` (`STRIPE_TAX=on` with the Stripe keys) lets Stripe Tax compute the VAT of what the
 * platform sells, the rules still deciding who sells what.
 */
import { taxSupplies } from './tax.rules';
import type { TaxSupplies, TaxSuppliesInput } from './tax.types';

export interface TaxCalculator {
  readonly name: 'offline' | 'stripe';
  /** Throws `VatNumberRefused` for a business number that failed its checks, `TaxProviderError` when Stripe fails. */
  calculate(input: TaxSuppliesInput): Promise<TaxSupplies>;
}

/** The tax provider could not be reached or refused the request; nothing was charged. */
export class TaxProviderError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'TaxProviderError';
  }
}

export class OfflineTaxCalculator implements TaxCalculator {
  readonly name = 'offline' as const;
  async calculate(input: TaxSuppliesInput): Promise<TaxSupplies> {
    return taxSupplies(input);
  }
}
