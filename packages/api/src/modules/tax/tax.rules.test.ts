/**
 * The table of cases of issue 25: each buyer under both TAX_MODELs, amounts to the cent and the mentions.
 * Operator: a French company; expert: a French VAT-registered expert unless the case says otherwise; price 100.00 EUR,
 * prices including VAT, 20 % commission, on 2026-12-07.
 */
import { describe, expect, it } from 'vitest';
import { standardRateAt } from './tax.rates';
import { taxSupplies, VatNumberRefused } from './tax.rules';
import type { BuyerTaxDetails, ExpertTaxProfile, OperatorIdentity, TaxModel, TaxSupply } from './tax.types';

const operator: OperatorIdentity = {
  legalName: 'Skillcall SAS',
  address: '1 rue de la Paix\n75002 Paris',
  country: 'FR',
  vatNumber: 'FR40303265045',
  invoicePrefix: 'SC',
  registrations: [],
};

const frenchExpert: ExpertTaxProfile = {
  expertId: 'expert-1',
  legalName: 'Camille Martin',
  address: '3 place Bellecour\n69002 Lyon',
  country: 'FR',
  status: 'VAT_REGISTERED',
  vatNumber: 'FR44732829320',
  vatNumberState: 'VALID',
  exemptionText: null,
  invoicingConsent: true,
};

const exemptExpert: ExpertTaxProfile = {
  ...frenchExpert,
  status: 'EXEMPT_SMALL_BUSINESS',
  vatNumber: null,
  vatNumberState: null,
};

const consumer = (country: string): BuyerTaxDetails => ({
  kind: 'CONSUMER',
  name: null,
  address: null,
  country,
  businessName: null,
  vatNumber: null,
  vatNumberState: null,
});

const belgianBusiness = (vatNumberState: 'VALID' | 'INVALID'): BuyerTaxDetails => ({
  kind: 'BUSINESS',
  name: 'Lucas Peeters',
  address: 'Rue Royale 1\n1000 Bruxelles',
  country: 'BE',
  businessName: 'Peeters SRL',
  vatNumber: vatNumberState === 'VALID' ? 'BE0403170701' : 'BE0403170702',
  vatNumberState,
});

/** What a supply's invoice shows: amounts in cents, rate, tax country, mention, who sells to whom. */
type Line = Pick<TaxSupply, 'netMinor' | 'taxMinor' | 'grossMinor' | 'rateBasisPoints' | 'taxCountry' | 'mention'> & {
  from: TaxSupply['seller']['role'];
  to: TaxSupply['buyer']['role'];
  exemptionText?: string | null;
};

const frenchVat: Omit<Line, 'from' | 'to'> = {
  netMinor: 8333,
  taxMinor: 1667,
  grossMinor: 10000,
  rateBasisPoints: 2000,
  taxCountry: 'FR',
  mention: null,
};
/** The agent model's commission to a French VAT-registered (or exempt) expert: 20.00 EUR with French VAT inside. */
const commission: Line = {
  from: 'PLATFORM',
  to: 'EXPERT',
  netMinor: 1667,
  taxMinor: 333,
  grossMinor: 2000,
  rateBasisPoints: 2000,
  taxCountry: 'FR',
  mention: null,
};
const germanVat = { netMinor: 8403, taxMinor: 1597, grossMinor: 10000, rateBasisPoints: 1900, taxCountry: 'DE', mention: null };
const reverseCharge = {
  netMinor: 10000,
  taxMinor: 0,
  grossMinor: 10000,
  rateBasisPoints: 0,
  taxCountry: 'BE',
  mention: 'REVERSE_CHARGE' as const,
};
const outside = (country: string) => ({
  netMinor: 10000,
  taxMinor: 0,
  grossMinor: 10000,
  rateBasisPoints: 0,
  taxCountry: country,
  mention: 'OUTSIDE_EU' as const,
});

interface Case {
  name: string;
  expert: ExpertTaxProfile;
  buyer: BuyerTaxDetails;
  platform: Line[] | 'REFUSED';
  agent: Line[] | 'REFUSED';
}

const cases: Case[] = [
  {
    name: 'FR consumer buying from a FR expert',
    expert: frenchExpert,
    buyer: consumer('FR'),
    platform: [{ from: 'PLATFORM', to: 'CUSTOMER', ...frenchVat }],
    agent: [{ from: 'EXPERT', to: 'CUSTOMER', ...frenchVat }, commission],
  },
  {
    name: 'DE consumer buying from a FR expert (taxed in Germany)',
    expert: frenchExpert,
    buyer: consumer('DE'),
    platform: [{ from: 'PLATFORM', to: 'CUSTOMER', ...germanVat }],
    agent: [{ from: 'EXPERT', to: 'CUSTOMER', ...germanVat }, commission],
  },
  {
    name: 'BE business with a valid VAT number (reverse charge)',
    expert: frenchExpert,
    buyer: belgianBusiness('VALID'),
    platform: [{ from: 'PLATFORM', to: 'CUSTOMER', ...reverseCharge }],
    agent: [{ from: 'EXPERT', to: 'CUSTOMER', ...reverseCharge }, commission],
  },
  {
    name: 'BE business with an invalid VAT number (refused)',
    expert: frenchExpert,
    buyer: belgianBusiness('INVALID'),
    platform: 'REFUSED',
    agent: 'REFUSED',
  },
  {
    name: 'US consumer (no VAT)',
    expert: frenchExpert,
    buyer: consumer('US'),
    platform: [{ from: 'PLATFORM', to: 'CUSTOMER', ...outside('US') }],
    agent: [{ from: 'EXPERT', to: 'CUSTOMER', ...outside('US') }, commission],
  },
  {
    name: 'UK consumer (no VAT unless the operator registered there)',
    expert: frenchExpert,
    buyer: consumer('GB'),
    platform: [{ from: 'PLATFORM', to: 'CUSTOMER', ...outside('GB') }],
    agent: [{ from: 'EXPERT', to: 'CUSTOMER', ...outside('GB') }, commission],
  },
  {
    name: 'FR consumer buying from an exempt small-business expert',
    expert: exemptExpert,
    buyer: consumer('FR'),
    // The platform sells in its own name: the expert's exemption does not reach the customer's invoice.
    platform: [{ from: 'PLATFORM', to: 'CUSTOMER', ...frenchVat }],
    agent: [
      {
        from: 'EXPERT',
        to: 'CUSTOMER',
        netMinor: 10000,
        taxMinor: 0,
        grossMinor: 10000,
        rateBasisPoints: 0,
        taxCountry: 'FR',
        mention: 'EXEMPT_SMALL_BUSINESS',
        exemptionText: 'TVA non applicable, art. 293 B du CGI',
      },
      commission,
    ],
  },
];

const at = new Date('2026-12-07T10:00:00Z');

function run(model: TaxModel, c: Pick<Case, 'expert' | 'buyer'>, overrides: Partial<Parameters<typeof taxSupplies>[0]> = {}) {
  return taxSupplies({
    model,
    operator,
    expert: c.expert,
    buyer: c.buyer,
    amountMinor: 10000,
    currency: 'EUR',
    pricesIncludeTax: true,
    feeBasisPoints: 2000,
    at,
    ...overrides,
  });
}

const lines = (supplies: TaxSupply[]): Line[] =>
  supplies.map((s) => ({
    from: s.seller.role,
    to: s.buyer.role,
    netMinor: s.netMinor,
    taxMinor: s.taxMinor,
    grossMinor: s.grossMinor,
    rateBasisPoints: s.rateBasisPoints,
    taxCountry: s.taxCountry,
    mention: s.mention,
    ...(s.exemptionText ? { exemptionText: s.exemptionText } : {}),
  }));

describe.each(['platform', 'agent'] as const)('TAX_MODEL=%s', (model) => {
  it.each(cases)('$name', (c) => {
    const expected = c[model];
    if (expected === 'REFUSED') {
      expect(() => run(model, c)).toThrow(VatNumberRefused);
      return;
    }
    const result = run(model, c);
    expect(lines(result.supplies)).toEqual(expected);
    expect(result.chargeMinor).toBe(10000);
  });
});

describe('beyond the table', () => {
  it('charges UK VAT to a UK consumer when the operator is registered in the UK', () => {
    const result = taxSupplies({
      model: 'platform',
      operator: { ...operator, registrations: ['GB'] },
      expert: frenchExpert,
      buyer: consumer('GB'),
      amountMinor: 10000,
      currency: 'EUR',
      pricesIncludeTax: true,
      feeBasisPoints: 2000,
      at,
    });
    expect(lines(result.supplies)).toEqual([{ from: 'PLATFORM', to: 'CUSTOMER', ...frenchVat, taxCountry: 'GB' }]);
  });

  it('adds the VAT to the price when prices exclude it, and takes the commission on what the customer pays', () => {
    const result = run('agent', { expert: frenchExpert, buyer: consumer('FR') }, { pricesIncludeTax: false });
    expect(result.chargeMinor).toBe(12000);
    expect(lines(result.supplies)).toEqual([
      {
        from: 'EXPERT',
        to: 'CUSTOMER',
        netMinor: 10000,
        taxMinor: 2000,
        grossMinor: 12000,
        rateBasisPoints: 2000,
        taxCountry: 'FR',
        mention: null,
      },
      { ...commission, netMinor: 2000, taxMinor: 400, grossMinor: 2400 },
    ]);
  });

  it('reverse-charges the commission of an expert registered in another EU country', () => {
    const germanExpert: ExpertTaxProfile = { ...frenchExpert, country: 'DE', vatNumber: 'DE136695976' };
    const [, fee] = run('agent', { expert: germanExpert, buyer: consumer('FR') }).supplies;
    expect(fee).toMatchObject({ netMinor: 2000, taxMinor: 0, grossMinor: 2000, taxCountry: 'DE', mention: 'REVERSE_CHARGE' });
  });

  it('taxes a business whose VAT number VIES has not confirmed yet as a consumer', () => {
    const pending: BuyerTaxDetails = { ...belgianBusiness('VALID'), vatNumberState: 'NOT_YET_VERIFIED' };
    const [session] = run('platform', { expert: frenchExpert, buyer: pending }).supplies;
    expect(session).toMatchObject({ taxMinor: 1736, rateBasisPoints: 2100, taxCountry: 'BE', mention: null });
  });

  it('taxes in the seller’s country when nothing tells where the buyer is', () => {
    const [session] = run('platform', { expert: frenchExpert, buyer: { ...consumer('FR'), country: null } }).supplies;
    expect(session).toMatchObject({ taxMinor: 1667, taxCountry: 'FR' });
  });

  it('charges no VAT for an operator outside the EU unless it is registered in the buyer’s country', () => {
    const american = { ...operator, country: 'US', vatNumber: null };
    const [session] = run('platform', { expert: frenchExpert, buyer: consumer('DE') }, { operator: american }).supplies;
    expect(session).toMatchObject({ taxMinor: 0, mention: 'OUTSIDE_EU' });
    const registered = { ...american, registrations: ['EU'] };
    const [taxed] = run('platform', { expert: frenchExpert, buyer: consumer('DE') }, { operator: registered }).supplies;
    expect(taxed).toMatchObject({ taxMinor: 1597, taxCountry: 'DE', mention: null });
  });

  it('applies the rate in force on the day of the supply', () => {
    expect(standardRateAt('DE', new Date('2020-08-01T00:00:00Z'))).toBe(1600);
    expect(standardRateAt('DE', new Date('2021-01-01T00:00:00Z'))).toBe(1900);
    expect(standardRateAt('FI', at)).toBe(2550);
    expect(standardRateAt('US', at)).toBeNull();
  });
});
