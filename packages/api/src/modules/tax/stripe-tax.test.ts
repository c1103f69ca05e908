/** The Stripe Tax adapter's real SDK requests, answered by the local Stripe stand-in. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeStripe } from '../../../test/fake-stripe';
import { onlineServiceTaxCode, StripeTaxCalculator } from './stripe-tax';
import { belgianBusiness, consumerIn, supplyInput } from '../../../test/tax-fixtures';
import { TaxProviderError } from './tax.port';

const stripe = new FakeStripe();
let calculator: StripeTaxCalculator;

beforeAll(async () => {
  await stripe.start();
  calculator = new StripeTaxCalculator({ secretKey: 'sk_test_skillcall', host: stripe.host });
});
afterAll(() => stripe.close());

function calculation(
  id: string,
  amountTotal: number,
  tax: { amount: number; inclusive: boolean; country: string; percent: string; reason: string },
) {
  return {
    id,
    object: 'tax.calculation',
    amount_total: amountTotal,
    currency: 'eur',
    tax_amount_exclusive: tax.inclusive ? 0 : tax.amount,
    tax_amount_inclusive: tax.inclusive ? tax.amount : 0,
    tax_date: 1796637600,
    livemode: false,
    tax_breakdown: [
      {
        amount: tax.amount,
        inclusive: tax.inclusive,
        taxable_amount: amountTotal - tax.amount,
        taxability_reason: tax.reason,
        tax_rate_details: {
          country: tax.country,
          percentage_decimal: tax.percent,
          tax_type: 'vat',
          state: null,
          flat_amount: null,
          rate_type: 'percentage',
        },
      },
    ],
  };
}

const taxRequests = () => stripe.requests.filter((r) => r.path === '/v1/tax/calculations');

describe('Stripe Tax adapter', () => {
  it('asks Stripe Tax for the session the platform sells, at the buyer’s country and the day of the supply', async () => {
    stripe.taxCalculations.push(
      calculation('taxcalc_de', 10000, { amount: 1597, inclusive: true, country: 'DE', percent: '19.0', reason: 'standard_rated' }),
    );
    const { supplies, chargeMinor } = await calculator.calculate(supplyInput({ buyer: consumerIn('DE') }));
    expect(taxRequests().at(-1)!.body).toEqual({
      currency: 'eur',
      line_items: [{ amount: '10000', reference: 'session-0', tax_behavior: 'inclusive', tax_code: onlineServiceTaxCode }],
      customer_details: { address: { country: 'DE' }, address_source: 'billing' },
      tax_date: String(Date.parse('2026-12-07T10:00:00Z') / 1000),
    });
    expect(chargeMinor).toBe(10000);
    expect(supplies).toEqual([
      expect.objectContaining({
        kind: 'SESSION',
        netMinor: 8403,
        taxMinor: 1597,
        grossMinor: 10000,
        rateBasisPoints: 1900,
        taxCountry: 'DE',
        mention: null,
        providerReference: 'taxcalc_de',
      }),
    ]);
  });

  it('sends a business buyer’s VAT number and reads Stripe’s reverse charge', async () => {
    stripe.taxCalculations.push(
      calculation('taxcalc_be', 10000, { amount: 0, inclusive: true, country: 'BE', percent: '0.0', reason: 'reverse_charge' }),
    );
    const { supplies } = await calculator.calculate(supplyInput({ buyer: belgianBusiness }));
    expect(taxRequests().at(-1)!.body).toMatchObject({
      customer_details: { address: { country: 'BE' }, tax_ids: [{ type: 'eu_vat', value: 'BE0403170701' }] },
    });
    expect(supplies[0]).toMatchObject({ netMinor: 10000, taxMinor: 0, rateBasisPoints: 0, taxCountry: 'BE', mention: 'REVERSE_CHARGE' });
  });

  it('adds the VAT Stripe computes when prices exclude it', async () => {
    stripe.taxCalculations.push(
      calculation('taxcalc_fr', 12000, { amount: 2000, inclusive: false, country: 'FR', percent: '20.0', reason: 'standard_rated' }),
    );
    const { supplies, chargeMinor } = await calculator.calculate(supplyInput({ pricesIncludeTax: false }));
    expect(taxRequests().at(-1)!.body).toMatchObject({ line_items: [{ amount: '10000', tax_behavior: 'exclusive' }] });
    expect(chargeMinor).toBe(12000);
    expect(supplies[0]).toMatchObject({ netMinor: 10000, taxMinor: 2000, grossMinor: 12000, rateBasisPoints: 2000 });
  });

  it('under TAX_MODEL=agent leaves the expert’s session to the rules and asks Stripe Tax for the commission only', async () => {
    const before = taxRequests().length;
    stripe.taxCalculations.push(
      calculation('taxcalc_fee', 2000, { amount: 333, inclusive: true, country: 'FR', percent: '20.0', reason: 'standard_rated' }),
    );
    const { supplies } = await calculator.calculate(supplyInput({ model: 'agent', buyer: consumerIn('DE') }));
    expect(taxRequests().length).toBe(before + 1);
    expect(taxRequests().at(-1)!.body).toMatchObject({
      line_items: [{ amount: '2000', reference: 'commission-1', tax_behavior: 'inclusive' }],
      customer_details: { address: { country: 'FR' }, tax_ids: [{ type: 'eu_vat', value: 'FR44732829320' }] },
    });
    expect(supplies.map((s) => [s.kind, s.seller.role, s.taxMinor, s.providerReference])).toEqual([
      ['SESSION', 'EXPERT', 1597, undefined],
      ['COMMISSION', 'PLATFORM', 333, 'taxcalc_fee'],
    ]);
  });

  it('reports a refused request as a tax provider error', async () => {
    await expect(calculator.calculate(supplyInput({}))).rejects.toBeInstanceOf(TaxProviderError);
  });
});
