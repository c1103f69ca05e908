/** Parties the tax tests share: a French operator, a French VAT-registered expert, buyers. */
import type { BuyerTaxDetails, ExpertTaxProfile, OperatorIdentity, TaxSuppliesInput } from '../src/modules/tax/tax.types';

export const frenchOperator: OperatorIdentity = {
  legalName: 'Skillcall SAS',
  address: '1 rue de la Paix\n75002 Paris',
  country: 'FR',
  vatNumber: 'FR40303265045',
  invoicePrefix: 'SC',
  registrations: [],
};

export const frenchExpert: ExpertTaxProfile = {
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

export const consumerIn = (country: string): BuyerTaxDetails => ({
  kind: 'CONSUMER',
  name: null,
  address: null,
  country,
  businessName: null,
  vatNumber: null,
  vatNumberState: null,
});

export const belgianBusiness: BuyerTaxDetails = {
  kind: 'BUSINESS',
  name: 'Lucas Peeters',
  address: 'Rue Royale 1\n1000 Bruxelles',
  country: 'BE',
  businessName: 'Peeters SRL',
  vatNumber: 'BE0403170701',
  vatNumberState: 'VALID',
};

/** 100.00 EUR, prices including VAT, 20 % commission, on 2026-12-07, from the French expert. */
export const supplyInput = (overrides: Partial<TaxSuppliesInput>): TaxSuppliesInput => ({
  model: 'platform',
  operator: frenchOperator,
  expert: frenchExpert,
  buyer: consumerIn('FR'),
  amountMinor: 10000,
  currency: 'EUR',
  pricesIncludeTax: true,
  feeBasisPoints: 2000,
  at: new Date('2026-12-07T10:00:00Z'),
  ...overrides,
});
