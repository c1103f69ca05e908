import { describe, expect, it } from 'vitest';
import webpush from 'web-push';
import { ConfigError, loadConfig } from './config';

/** What production needs besides NODE_ENV. */
/** A production environment complete but for what a test looks at. */
const production = {
  NODE_ENV: 'production',
  MAIL_LINK_SECRET: 'a-production-secret-of-at-least-32-chars',
  MAIL_DELIVERY: 'dev-mailbox',
  PUSH: 'off',
} as const;
const secret = { MAIL_LINK_SECRET: production.MAIL_LINK_SECRET };
const generated = webpush.generateVAPIDKeys();
const vapid = {
  VAPID_PUBLIC_KEY: generated.publicKey,
  VAPID_PRIVATE_KEY: generated.privateKey,
  VAPID_SUBJECT: 'mailto:ops@help.example.org',
};

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
    expect(loadConfig({ PUBLIC_URL: 'https://app.skillcall.example/', MAIL_DELIVERY: 'dev-mailbox' }).webauthn).toEqual({
      rpId: 'app.skillcall.example',
      rpName: 'Skillcall',
      origin: 'https://app.skillcall.example',
    });
    expect(loadConfig({ PORT: '4100' }).webauthn).toMatchObject({ rpId: 'localhost', origin: 'http://localhost:4100' });
    expect(
      loadConfig({ PUBLIC_URL: 'https://app.skillcall.example', MAIL_DELIVERY: 'dev-mailbox', WEBAUTHN_RP_ID: 'skillcall.example' })
        .webauthn.rpId,
    ).toBe('skillcall.example');
    expect(() =>
      loadConfig({ PUBLIC_URL: 'https://app.skillcall.example', MAIL_DELIVERY: 'dev-mailbox', WEBAUTHN_RP_ID: 'other.example' }),
    ).toThrow(/WEBAUTHN_RP_ID: must be PUBLIC_URL’s host name or a domain it belongs to/);
    expect(() =>
      loadConfig({ PUBLIC_URL: 'https://app.skillcall.example', MAIL_DELIVERY: 'dev-mailbox', WEBAUTHN_RP_ID: 'll.example' }),
    ).toThrow(/WEBAUTHN_RP_ID/);
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

  it('keeps push deliveries off private networks everywhere unless PUSH_ALLOW_PRIVATE_NETWORKS says so (a browser’s endpoint is anyone’s input)', () => {
    const push = (env: Record<string, string>) => {
      const config = loadConfig(env).push;
      return config.enabled ? config.allowPrivateNetworks : null;
    };
    expect(push({})).toBe(false);
    expect(push({ NODE_ENV: 'development' })).toBe(false);
    expect(push({ NODE_ENV: 'test' })).toBe(false);
    expect(push({ PUSH_ALLOW_PRIVATE_NETWORKS: 'true' })).toBe(true);
  });

  it('keeps webhooks off private networks everywhere unless WEBHOOK_ALLOW_PRIVATE_NETWORKS says so; plain http outside production', () => {
    expect(loadConfig({}).webhooks).toEqual({ allowPrivateNetworks: false, httpsOnly: false });
    expect(loadConfig({ NODE_ENV: 'test' }).webhooks.allowPrivateNetworks).toBe(false);
    expect(loadConfig(production).webhooks).toEqual({ allowPrivateNetworks: false, httpsOnly: true });
    expect(loadConfig({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' }).webhooks.allowPrivateNetworks).toBe(true);
    expect(loadConfig({ ...production, WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' }).webhooks.allowPrivateNetworks).toBe(true);
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
    const config = loadConfig({ ...production, PUBLIC_URL: 'https://help.example.org' });
    expect(config.cookieSecure).toBe(true);
    expect(config.graphql.introspection).toBe(false);
    expect(config.publicUrl).toBe('https://help.example.org');
  });

  it('signs mail links with MAIL_LINK_SECRET, which production must set (the development value is public)', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/MAIL_LINK_SECRET: is required in production/);
    expect(() => loadConfig({ ...production, MAIL_LINK_SECRET: 'short' })).toThrow(/MAIL_LINK_SECRET: must be at least 32 characters/);
    expect(loadConfig(production).mailLinkSecret).toBe(production.MAIL_LINK_SECRET);
    expect(loadConfig({}).mailLinkSecret).toEqual(expect.any(String));
  });

  it('reads any number of OpenID Connect providers from OIDC_<ID>_* variables, Google from its two variables, and names a bad one', () => {
    const config = loadConfig({
      GOOGLE_CLIENT_ID: 'google-id',
      GOOGLE_CLIENT_SECRET: 'google-secret',
      OIDC_MY_SCHOOL_ISSUER: 'https://login.school.example',
      OIDC_MY_SCHOOL_CLIENT_ID: 'skillcall',
      OIDC_MY_SCHOOL_CLIENT_SECRET: 'secret',
      OIDC_MY_SCHOOL_NAME: 'My School',
      OIDC_MY_SCHOOL_EMAIL_DOMAINS: 'school.example, @Pupils.School.example',
      PASSWORD_SIGNUP: 'off',
    });
    expect(config.signIn.passwordSignUp).toBe(false);
    expect(config.signIn.providers.map(({ id, issuer, name, emailDomains }) => ({ id, issuer, name, emailDomains }))).toEqual([
      { id: 'google', issuer: 'https://accounts.google.com', name: 'Google', emailDomains: [] },
      {
        id: 'my-school',
        issuer: 'https://login.school.example',
        name: 'My School',
        emailDomains: ['school.example', 'pupils.school.example'],
      },
    ]);
    expect(loadConfig({}).signIn).toEqual({ passwordSignUp: true, providers: [] });

    let error: unknown;
    try {
      loadConfig({
        GOOGLE_CLIENT_ID: 'only-the-id',
        OIDC_ACME_ISSUER: 'http://login.acme.example',
        OIDC_ACME_CLIENT_ID: 'id',
        OIDC_ACME_CLIENT_SECRET: 'do-not-print-me',
        OIDC_ACME_NAME: 'Acme',
        OIDC_ACME_ICON: 'https://cdn.example/acme.png',
        OIDC_HALF_ISSUER: 'https://half.example',
        PASSWORD_SIGNUP: 'maybe',
      });
    } catch (caught) {
      error = caught;
    }
    const problems = (error as ConfigError).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^PASSWORD_SIGNUP: must be on or off/),
        expect.stringMatching(/^GOOGLE_CLIENT_SECRET: is required/),
        expect.stringMatching(/^OIDC_ACME_ISSUER: must be an https:\/\/ URL/),
        expect.stringMatching(/^OIDC_ACME_ICON: must be a data:image/),
        expect.stringMatching(/^OIDC_HALF_CLIENT_ID: is required/),
        expect.stringMatching(/^OIDC_HALF_CLIENT_SECRET: is required/),
        expect.stringMatching(/^OIDC_HALF_NAME: is required/),
      ]),
    );
    expect(problems).toHaveLength(7);
    expect(problems.join('\n')).not.toContain('do-not-print-me');
  });

  it('keeps mail in the dev mailbox by default, and sends it over SMTP when SMTP_URL is set', () => {
    expect(loadConfig({}).mail).toEqual({
      delivery: 'dev-mailbox',
      smtp: null,
      from: 'Skillcall <no-reply@localhost>',
      replyTo: undefined,
      messageIdDomain: 'localhost',
    });
    const smtp = loadConfig({
      SMTP_URL: 'smtps://postmark-token:postmark-token@smtp.postmarkapp.com:465',
      MAIL_FROM: 'Skillcall <hello@Help.Example.org>',
      MAIL_REPLY_TO: 'support@example.org',
    });
    expect(smtp.mail).toEqual({
      delivery: 'smtp',
      smtp: { url: 'smtps://postmark-token:postmark-token@smtp.postmarkapp.com:465', maxConnections: 5 },
      from: 'Skillcall <hello@Help.Example.org>',
      replyTo: 'support@example.org',
      messageIdDomain: 'help.example.org',
    });
    expect(loadConfig({ PUBLIC_URL: 'https://help.example.org', SMTP_URL: 'smtp://127.0.0.1:2525' }).mail.from).toBe(
      'Skillcall <no-reply@help.example.org>',
    );
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.org' })).toThrow(/SMTP_URL: must be an smtp:\/\//);
    expect(() => loadConfig({ MAIL_FROM: 'Skillcall' })).toThrow(/MAIL_FROM: must be an address/);
    expect(() => loadConfig({ MAIL_DELIVERY: 'smtp' })).toThrow(/SMTP_URL: is required when MAIL_DELIVERY=smtp/);
    expect(() => loadConfig({ MAIL_DELIVERY: 'dev-mailbox', SMTP_URL: 'smtp://127.0.0.1:2525' })).toThrow(/remove one of them/);
  });

  it('refuses to start a production server without SMTP_URL, unless MAIL_DELIVERY=dev-mailbox says it is meant', () => {
    const refusal = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as ConfigError).problems;
      }
      return null;
    };
    const inProduction = refusal({ NODE_ENV: 'production', ...secret, PUSH: 'off' });
    expect(inProduction).toHaveLength(1);
    expect(inProduction![0]).toMatch(/^SMTP_URL is not set, and this server looks like a real deployment \(NODE_ENV is production\)/);
    expect(inProduction![0]).toMatch(/MAIL_DELIVERY=dev-mailbox/);
    expect(refusal({ PUBLIC_URL: 'https://help.example.org' })![0]).toMatch(
      /PUBLIC_URL \(https:\/\/help\.example\.org\) is not a localhost address/,
    );

    expect(refusal({ NODE_ENV: 'production', ...secret, PUSH: 'off', SMTP_URL: 'smtp://mail.example.org:587' })).toBeNull();
    expect(refusal({ NODE_ENV: 'production', ...secret, PUSH: 'off', MAIL_DELIVERY: 'dev-mailbox' })).toBeNull();
    expect(refusal({ PUBLIC_URL: 'https://help.example.org', MAIL_DELIVERY: 'dev-mailbox' })).toBeNull();
    for (const local of ['http://localhost:4000', 'http://127.0.0.1:8080', 'http://[::1]:4000']) {
      expect(refusal({ PUBLIC_URL: local })).toBeNull();
    }
  });
  it('refuses production without its VAPID keys and subject, naming what is missing, unless PUSH=off says so', () => {
    const withoutPush = { ...production, PUSH: undefined };
    const problems = (env: Record<string, string | undefined>) => {
      try {
        loadConfig(env);
        return null;
      } catch (error) {
        return (error as ConfigError).problems.join('\n');
      }
    };
    expect(problems(withoutPush)).toMatch(/^VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY, VAPID_SUBJECT are not set \(NODE_ENV is production/);
    expect(problems({ ...withoutPush, ...vapid })).toBeNull();
    expect(problems({ ...withoutPush, ...vapid, VAPID_SUBJECT: undefined })).toMatch(/^VAPID_SUBJECT is not set/);
    expect(problems({ ...withoutPush, ...vapid, VAPID_PRIVATE_KEY: undefined })).toMatch(/^VAPID_PRIVATE_KEY is not set/);
    expect(problems({ ...withoutPush, PUSH: 'off' })).toBeNull();
    expect(loadConfig({ ...withoutPush, PUSH: 'off' }).push).toEqual({ enabled: false });
    expect(loadConfig({ ...withoutPush, ...vapid }).push).toEqual({
      enabled: true,
      keys: { publicKey: vapid.VAPID_PUBLIC_KEY, privateKey: vapid.VAPID_PRIVATE_KEY },
      subject: 'mailto:ops@help.example.org',
      allowPrivateNetworks: false,
    });
  });

  it('lets a development server make its own VAPID keys, refuses half a pair or a pair that does not match, and checks the subject', () => {
    expect(loadConfig({}).push).toEqual({ enabled: true, keys: null, subject: 'mailto:no-reply@localhost', allowPrivateNetworks: false });
    expect(() => loadConfig({ VAPID_PUBLIC_KEY: vapid.VAPID_PUBLIC_KEY })).toThrow(
      /VAPID_PRIVATE_KEY is not set \(half of the VAPID key pair/,
    );
    const other = webpush.generateVAPIDKeys();
    expect(() => loadConfig({ ...vapid, VAPID_PRIVATE_KEY: other.privateKey })).toThrow(
      /VAPID_PUBLIC_KEY: is not the public key of VAPID_PRIVATE_KEY/,
    );
    expect(() => loadConfig({ ...vapid, VAPID_PUBLIC_KEY: 'not-a-key' })).toThrow(
      /VAPID_PUBLIC_KEY: must be an uncompressed P-256 public key/,
    );
    expect(() => loadConfig({ ...vapid, VAPID_SUBJECT: 'http://example.org' })).toThrow(
      /VAPID_SUBJECT: must be a mailto: address or an https: URL/,
    );
    expect(loadConfig({ ...vapid, VAPID_SUBJECT: 'https://help.example.org/contact' }).push).toMatchObject({
      subject: 'https://help.example.org/contact',
    });
  });
});
