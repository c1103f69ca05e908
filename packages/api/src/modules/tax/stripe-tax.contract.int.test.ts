/**
 * The Stripe Tax adapter against Stripe's test mode. It runs whenever STRIPE_TAX_TEST_SECRET_KEY is set to a test-mode
 * key of an account with Stripe Tax enabled and a French registration (see the README); without it these tests are
 * reported as skipped, and stripe-tax.test.ts still checks every request the adapter sends.
 */
import { describe, expect, it } from 'vitest';
import { StripeTaxCalculator } from './stripe-tax';
import { belgianBusiness, consumerIn, supplyInput } from '../../../test/tax-fixtures';

const secretKey = process.env.STRIPE_TAX_TEST_SECRET_KEY;

describe.runIf(secretKey)('live Stripe Tax (STRIPE_TAX_TEST_SECRET_KEY)', () => {
  const calculator = () => new StripeTaxCalculator({ secretKey: secretKey! });

  it('charges French VAT inside the price of a session sold to a French consumer', async () => {
    const [session] = (await calculator().calculate(supplyInput({ buyer: consumerIn('FR'), at: new Date() }))).supplies;
    expect(session).toMatchObject({ grossMinor: 10000, taxMinor: 1667, rateBasisPoints: 2000, taxCountry: 'FR' });
    expect(session!.providerReference).toMatch(/^taxcalc_/);
  });

  it('reverse-charges a Belgian business with a VAT number', async () => {
    const [session] = (await calculator().calculate(supplyInput({ buyer: belgianBusiness, at: new Date() }))).supplies;
    expect(session).toMatchObject({ taxMinor: 0, mention: 'REVERSE_CHARGE' });
  });
});
