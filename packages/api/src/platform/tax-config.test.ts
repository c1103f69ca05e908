import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const production = {
  NODE_ENV: 'production',
  MAIL_LINK_SECRET: 'a-production-secret-of-at-least-32-chars',
  MAIL_DELIVERY: 'dev-mailbox',
  PUSH: 'off',
} as const;
const stripe = { STRIPE_SECRET_KEY: 'sk_test_123', STRIPE_WEBHOOK_SECRET: 'whsec_123' };
const operator = {
  OPERATOR_LEGAL_NAME: 'Aide en Ligne SARL',
  OPERATOR_ADDRESS: '12 quai des Chartrons\\n33000 Bordeaux',
  OPERATOR_COUNTRY: 'fr',
  OPERATOR_VAT_NUMBER: 'FR 83 404 833 048',
};

function problems(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('tax configuration', () => {
  it('runs `npm start` as a demo operator selling in its own name, prices including VAT', () => {
    const { tax } = loadConfig({});
    expect(tax).toMatchObject({
      model: 'platform',
      demoOperator: true,
      operator: { legalName: 'Skillcall Demo SAS', country: 'FR', vatNumber: 'FR12000000000', invoicePrefix: 'SC', registrations: [] },
      pricesIncludeTax: true,
      stripeTax: false,
      vatNumberCheck: { mode: 'checksum' },
    });
  });

  it('reads the operator’s identity and choices', () => {
    const { tax } = loadConfig({
      ...operator,
      TAX_MODEL: 'agent',
      INVOICE_PREFIX: 'AEL',
      PRICES_INCLUDE_TAX: 'off',
      TAX_REGISTRATIONS: 'gb, ch',
    });
    expect(tax).toMatchObject({
      model: 'agent',
      demoOperator: false,
      operator: {
        legalName: 'Aide en Ligne SARL',
        address: '12 quai des Chartrons\n33000 Bordeaux',
        country: 'FR',
        vatNumber: 'FR83404833048',
        invoicePrefix: 'AEL',
        registrations: ['GB', 'CH'],
      },
      pricesIncludeTax: false,
    });
  });

  it('refuses to start in production with paid sessions and no operator identity, naming each variable', () => {
    const refused = problems({ ...production, ...stripe });
    expect(refused).toHaveLength(3);
    expect(refused.join('\n')).toMatch(/^OPERATOR_LEGAL_NAME: is required in production with paid sessions/m);
    expect(refused.join('\n')).toMatch(/^OPERATOR_ADDRESS: is required/m);
    expect(refused.join('\n')).toMatch(/^OPERATOR_COUNTRY: is required/m);
    expect(problems({ ...production, ...stripe, ...operator })).toEqual([]);
    expect(loadConfig({ ...production, ...stripe, ...operator }).tax.vatNumberCheck.mode).toBe('vies');
  });

  it('names a partial identity, a bad VAT number and Stripe Tax without Stripe', () => {
    expect(problems({ OPERATOR_LEGAL_NAME: 'Aide en Ligne SARL' }).join('\n')).toMatch(
      /OPERATOR_ADDRESS: is required once any OPERATOR_\*/,
    );
    expect(problems({ ...operator, OPERATOR_VAT_NUMBER: 'FR83404833049' }).join('\n')).toMatch(
      /^OPERATOR_VAT_NUMBER: must be a VAT number/m,
    );
    expect(problems({ STRIPE_TAX: 'on' }).join('\n')).toMatch(/^STRIPE_TAX: is on, but STRIPE_SECRET_KEY is not set/m);
    expect(problems({ TAX_MODEL: 'marketplace' }).join('\n')).toMatch(/^TAX_MODEL: /m);
  });
});
