import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('starts with sensible defaults on an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, nodeEnv: 'development', publicUrl: 'http://localhost:4000', cookieSecure: false });
    expect(config.graphql.introspection).toBe(true);
  });

  it('names every bad variable at once with what it expected', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', NODE_ENV: 'staging' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/PORT/);
    expect(problems).toMatch(/DATABASE_URL: must be a postgres/);
    expect(problems).toMatch(/NODE_ENV/);
    expect((error as ConfigError).problems).toHaveLength(3);
  });

  it('gives passkeys to PUBLIC_URL’s host and origin, or to a parent domain named by WEBAUTHN_RP_ID, and no other', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://app.skillcall.example/' }).webauthn).toEqual({
      rpId: 'app.skillcall.example',
      rpName: 'Skillcall',
      origin: 'https://app.skillcall.example',
    });
    expect(loadConfig({ PORT: '4100' }).webauthn).toMatchObject({ rpId: 'localhost', origin: 'http://localhost:4100' });
    expect(loadConfig({ PUBLIC_URL: 'https://app.skillcall.example', WEBAUTHN_RP_ID: 'skillcall.example' }).webauthn.rpId).toBe(
      'skillcall.example',
    );
    expect(() => loadConfig({ PUBLIC_URL: 'https://app.skillcall.example', WEBAUTHN_RP_ID: 'other.example' })).toThrow(
      /WEBAUTHN_RP_ID: must be PUBLIC_URL’s host name or a domain it belongs to/,
    );
    expect(() => loadConfig({ PUBLIC_URL: 'https://app.skillcall.example', WEBAUTHN_RP_ID: 'll.example' })).toThrow(/WEBAUTHN_RP_ID/);
  });

  it('takes the platform’s commission as a percentage or in basis points, 20% by default', () => {
    expect(loadConfig({}).platformFeeBasisPoints).toBe(2000);
    expect(loadConfig({ PLATFORM_FEE_PERCENT: '12.5' }).platformFeeBasisPoints).toBe(1250);
    expect(loadConfig({ PLATFORM_FEE_PERCENT: '15', PLATFORM_FEE_BASIS_POINTS: '1750' }).platformFeeBasisPoints).toBe(1750);
    for (const env of [
      { PLATFORM_FEE_PERCENT: '101' },
      { PLATFORM_FEE_PERCENT: 'twenty' },
      { PLATFORM_FEE_PERCENT: '12.345' },
      { PLATFORM_FEE_BASIS_POINTS: '10001' },
    ]) {
      expect(() => loadConfig(env)).toThrow(ConfigError);
    }
  });

  it('keeps webhooks off private networks everywhere unless WEBHOOK_ALLOW_PRIVATE_NETWORKS says so; plain http outside production', () => {
    expect(loadConfig({}).webhooks).toEqual({ allowPrivateNetworks: false, httpsOnly: false });
    expect(loadConfig({ NODE_ENV: 'test' }).webhooks.allowPrivateNetworks).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).webhooks).toEqual({ allowPrivateNetworks: false, httpsOnly: true });
    expect(loadConfig({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' }).webhooks.allowPrivateNetworks).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' }).webhooks.allowPrivateNetworks).toBe(true);
  });

  it('uses Stripe only when both its keys are set, and says which one is missing', () => {
    expect(loadConfig({}).stripe).toBeNull();
    expect(loadConfig({ STRIPE_SECRET_KEY: 'sk_test_abc', STRIPE_WEBHOOK_SECRET: 'whsec_abc' }).stripe).toEqual({
      secretKey: 'sk_test_abc',
      webhookSecret: 'whsec_abc',
    });
    expect(() => loadConfig({ STRIPE_SECRET_KEY: 'sk_test_abc' })).toThrow(
      /STRIPE_WEBHOOK_SECRET: STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET go together/,
    );
    expect(() => loadConfig({ STRIPE_SECRET_KEY: 'pk_test_abc', STRIPE_WEBHOOK_SECRET: 'whsec_abc' })).toThrow(
      /STRIPE_SECRET_KEY: must be a Stripe secret/,
    );
  });

  it('secures cookies and hides introspection in production', () => {
    const config = loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://help.example.org' });
    expect(config.cookieSecure).toBe(true);
    expect(config.graphql.introspection).toBe(false);
    expect(config.publicUrl).toBe('https://help.example.org');
  });
});
