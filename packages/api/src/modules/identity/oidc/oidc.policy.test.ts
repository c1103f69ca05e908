import { describe, expect, it } from 'vitest';
import { decideCallback, readClaims, safeReturnPath, type CallbackFacts } from './oidc.policy';

describe('where a provider sign-in may lead', () => {
  it('keeps paths of this site and refuses every way to another', () => {
    expect(safeReturnPath('/bookings?tab=past', '/')).toBe('/bookings?tab=past');
    for (const bad of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      '/ok\r\nLocation: x',
      42,
      undefined,
    ]) {
      expect(safeReturnPath(bad, '/account')).toBe('/account');
    }
  });
});

describe('claims', () => {
  it('keeps a verified address, a supported language and an https picture; refuses the rest', () => {
    expect(
      readClaims({
        sub: 's',
        email: 'a@b.example',
        email_verified: 'true',
        name: ' Ada ',
        locale: 'fr-CA',
        picture: 'https://p.example/a.png',
      }),
    ).toEqual({
      subject: 's',
      email: 'a@b.example',
      emailVerified: true,
      name: 'Ada',
      locale: 'fr',
      pictureUrl: 'https://p.example/a.png',
    });
    expect(
      readClaims({ sub: 's', email: 'not-an-address', locale: 'de', picture: 'http://p.example/a.png', given_name: 'Bo' }),
    ).toMatchObject({
      email: null,
      emailVerified: false,
      name: 'Bo',
      locale: null,
      pictureUrl: null,
    });
  });
});

describe('what a callback does', () => {
  const facts = (overrides: Partial<CallbackFacts> = {}): CallbackFacts => ({
    intent: 'SIGN_IN',
    linkingUserId: null,
    provider: { emailDomains: [] },
    claims: { subject: 's', email: 'a@school.example', emailVerified: true, name: 'A', locale: null, pictureUrl: null },
    linkedUser: null,
    sameEmailUser: null,
    ...overrides,
  });

  it('never links on its own: an address in use is refused, with the way to link when the provider verified it', () => {
    expect(decideCallback(facts({ sameEmailUser: { id: 'u' } }))).toEqual({ kind: 'REFUSE', failure: 'ACCOUNT_EXISTS' });
    const unverified = facts({ sameEmailUser: { id: 'u' }, claims: { ...facts().claims, emailVerified: false } });
    expect(decideCallback(unverified)).toEqual({ kind: 'REFUSE', failure: 'EMAIL_UNVERIFIED' });
    expect(decideCallback(facts())).toEqual({ kind: 'CREATE' });
    expect(decideCallback(facts({ linkedUser: { id: 'u', deleted: false } }))).toEqual({ kind: 'SIGN_IN', userId: 'u' });
    expect(decideCallback(facts({ linkedUser: { id: 'u', deleted: true } }))).toEqual({ kind: 'REFUSE', failure: 'ACCOUNT_DISABLED' });
  });

  it('links to the signed-in account that asked, unless the provider account belongs to another', () => {
    expect(decideCallback(facts({ intent: 'LINK', linkingUserId: 'me', sameEmailUser: { id: 'x' } }))).toEqual({
      kind: 'LINK',
      userId: 'me',
    });
    expect(decideCallback(facts({ intent: 'LINK', linkingUserId: 'me', linkedUser: { id: 'other', deleted: false } }))).toEqual({
      kind: 'REFUSE',
      failure: 'IDENTITY_IN_USE',
    });
  });

  it('keeps a provider to its email domains', () => {
    const district = { emailDomains: ['district.example'] };
    expect(decideCallback(facts({ provider: district }))).toEqual({ kind: 'REFUSE', failure: 'EMAIL_DOMAIN_NOT_ALLOWED' });
    expect(decideCallback(facts({ provider: district, claims: { ...facts().claims, email: 'p@district.example' } }))).toEqual({
      kind: 'CREATE',
    });
  });
});
