/**
 * Signing in with an OpenID Connect provider, against a real one (`oidc-provider` on 127.0.0.1, test/test-identity-provider.ts):
 * the browser's redirects are followed by hand, the provider's login and consent pages are filled in over HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DevMailboxDocument,
  DeleteAccountDocument,
  MeDocument,
  MySignInMethodsDocument,
  SignInDocument,
  SignInOptionsDocument,
  SignOutDocument,
  SignUpDocument,
  UnlinkIdentityDocument,
} from '@skillcall/schema';
import { expectType, type TestClient } from '../../../../test/graphql-client';
import { startTestApp, type TestApp } from '../../../../test/harness';
import { freePort } from '../../../../test/postgres-for-tests';
import { startTestIdentityProvider, type TestIdentityProvider, type TestIdpUser } from '../../../../test/test-identity-provider';
import { createUser } from '../../../seed/factories';

let t: TestApp;
let idp: TestIdentityProvider;
let publicUrl: string;

beforeAll(async () => {
  const port = await freePort();
  publicUrl = `http://127.0.0.1:${port}`;
  idp = await startTestIdentityProvider({
    redirectUris: ['test-idp', 'district'].map((id) => `${publicUrl}/auth/oidc/${id}/callback`),
  });
  t = await startTestApp({
    PORT: String(port),
    PUBLIC_URL: publicUrl,
    PASSWORD_SIGNUP: 'off',
    ...idp.env(),
    // The same provider again, for one school district's addresses only.
    ...idp.env({ id: 'DISTRICT', name: 'District', emailDomains: 'district.example' }),
    // A provider nobody answers for.
    OIDC_DOWN_ISSUER: `http://127.0.0.1:${await freePort()}`,
    OIDC_DOWN_CLIENT_ID: 'x',
    OIDC_DOWN_CLIENT_SECRET: 'y',
    OIDC_DOWN_NAME: 'Down',
  });
});
afterAll(async () => {
  await t?.close();
  await idp?.stop();
});

let counter = 0;
/** A person at the provider with an address of their own. */
function providerUser(overrides: Partial<TestIdpUser> = {}): TestIdpUser {
  counter += 1;
  const user = {
    login: `person-${counter}`,
    email: `person-${counter}@school.example`,
    emailVerified: true,
    name: `Person ${counter}`,
    ...overrides,
  };
  idp.setUser(user);
  return user;
}

/** The templates of the mail written to an address, from the dev mailbox. */
async function templatesSentTo(address: string): Promise<string[]> {
  return (await t.client().data(DevMailboxDocument, { to: address })).devMailbox.edges.map((e) => e.node.template);
}

/** Opens a URL of the app as a browser would (its cookies), without following the redirect: returns where it leads. */
async function open(client: TestClient, url: string): Promise<URL> {
  const response = await fetch(url, { redirect: 'manual', headers: { cookie: client.cookieHeader } });
  client.keepCookies(response);
  expect(response.status, await response.clone().text()).toBe(303);
  return new URL(response.headers.get('location')!, publicUrl);
}

interface Journey {
  provider?: string;
  login: string;
  next?: string;
  link?: boolean;
  consent?: boolean;
  /** Changes the request sent to the provider (as an attacker's link would). */
  alterAuthorization?: (url: URL) => void;
  /** Changes the provider's answer before the browser brings it back. */
  alterCallback?: (url: URL) => void;
}

/** Start → the provider's pages → callback; returns the page of this site the browser ends on. */
async function signInWithProvider(client: TestClient, journey: Journey): Promise<URL> {
  const start = new URL(`${publicUrl}/auth/oidc/${journey.provider ?? 'test-idp'}/start`);
  if (journey.next) start.searchParams.set('next', journey.next);
  if (journey.link) start.searchParams.set('intent', 'link');
  const authorization = await open(client, start.href);
  if (authorization.origin !== idp.issuer) return authorization;
  journey.alterAuthorization?.(authorization);
  const callback = await idp.authorize(authorization.href, { login: journey.login, consent: journey.consent });
  journey.alterCallback?.(callback);
  return open(client, callback.href);
}

const failureOf = (landing: URL) => ({ path: landing.pathname, error: landing.searchParams.get('oidcError') });

async function signedInAs(client: TestClient): Promise<string | null> {
  const { me } = await client.data(MeDocument);
  return me?.email ?? null;
}

describe('the providers on offer', () => {
  it('lists the configured providers without secrets and says password sign-up is off; a password sign-up is refused', async () => {
    const { signInOptions } = await t.client().data(SignInOptionsDocument);
    expect(signInOptions.passwordSignUp).toBe(false);
    expect(signInOptions.providers.map((p) => [p.id, p.name, p.signInPath])).toEqual([
      ['district', 'District', '/auth/oidc/district/start'],
      ['down', 'Down', '/auth/oidc/down/start'],
      ['test-idp', 'Test IdP', '/auth/oidc/test-idp/start'],
    ]);
    expect(JSON.stringify(signInOptions)).not.toContain(idp.clientSecret);

    const { signUp } = await t.client().data(SignUpDocument, {
      input: { email: 'pw@example.test', password: 'a long enough password', displayName: 'Pat' },
    });
    expect(expectType(signUp, 'PasswordSignUpDisabledError').code).toBe('PASSWORD_SIGN_UP_DISABLED');
  });
});

describe('a first sign-in with a provider', () => {
  it('creates the account from the claims, signs in with a new session, then asks for time zone and language', async () => {
    const person = providerUser({ name: 'Ada Lovelace', locale: 'fr-FR' });
    const client = t.client();
    const landing = await signInWithProvider(client, { login: person.login, next: '/bookings' });
    expect(landing.pathname).toBe('/welcome');
    expect(landing.searchParams.get('next')).toBe('/bookings');

    const { me } = await client.data(MeDocument);
    expect(me).toMatchObject({ displayName: 'Ada Lovelace', email: person.email, locale: 'fr', roles: ['USER'] });
    const { mySignInMethods } = await client.data(MySignInMethodsDocument);
    expect(mySignInMethods.hasPassword).toBe(false);
    expect(mySignInMethods.identities.map((i) => [i.providerId, i.email, i.provider?.name])).toEqual([
      ['test-idp', person.email, 'Test IdP'],
    ]);

    // Coming back later signs in to the same account, and goes where asked.
    const again = t.client();
    expect((await signInWithProvider(again, { login: person.login, next: '/bookings?tab=past' })).href).toBe(
      `${publicUrl}/bookings?tab=past`,
    );
    expect((await again.data(MeDocument)).me?.id).toBe(me!.id);
  });

  it('counts an address the provider verified as confirmed, and sends a confirmation link for one it did not', async () => {
    const verified = providerUser();
    const trusted = t.client();
    await signInWithProvider(trusted, { login: verified.login, next: '/' });
    expect((await trusted.data(MeDocument)).me?.emailVerified).toBe(true);
    expect(await templatesSentTo(verified.email)).toEqual(['welcome']);

    const unverified = providerUser({ emailVerified: false });
    const doubtful = t.client();
    await signInWithProvider(doubtful, { login: unverified.login, next: '/' });
    expect((await doubtful.data(MeDocument)).me?.emailVerified).toBe(false);
    expect(await templatesSentTo(unverified.email)).toEqual(['welcomeConfirmEmail']);
  });

  it('replaces the session the browser had (no session fixation) and never leaves the site afterwards', async () => {
    const other = await createUser(t.app.database.db);
    const client = t.client();
    expectType((await client.data(SignInDocument, { input: { email: other.email, password: other.password } })).signIn, 'SignInSuccess');
    const before = t.client();
    before.cookies.set('skillcall_session', client.cookies.get('skillcall_session')!);

    const person = providerUser();
    const landing = await signInWithProvider(client, { login: person.login, next: '//evil.example/phish' });
    expect(landing.href).toBe(`${publicUrl}/welcome?next=%2Faccount`);
    expect(await signedInAs(client)).toBe(person.email);
    expect(client.cookies.get('skillcall_session')).not.toBe(before.cookies.get('skillcall_session'));
    expect(await signedInAs(before)).toBeNull();
  });
});

describe('an address that already has an account', () => {
  it('is linked only after its owner signs in with their password, then the provider signs in to it', async () => {
    const owner = await createUser(t.app.database.db, { email: 'owner@school.example', displayName: 'Owner' });
    const person = providerUser({ email: 'Owner@School.example', emailVerified: true });
    const client = t.client();

    const refused = await signInWithProvider(client, { login: person.login, next: '/bookings' });
    expect(failureOf(refused)).toEqual({ path: '/sign-in', error: 'ACCOUNT_EXISTS' });
    expect(refused.searchParams.get('provider')).toBe('test-idp');
    expect(refused.searchParams.get('next')).toBe('/bookings');
    expect(await signedInAs(client)).toBeNull();

    // Proving control of the account: its current method, then the provider again, now to link.
    expectType((await client.data(SignInDocument, { input: { email: owner.email, password: owner.password } })).signIn, 'SignInSuccess');
    const linked = await signInWithProvider(client, { login: person.login, link: true, next: '/bookings' });
    expect(linked.href).toBe(`${publicUrl}/bookings?linked=test-idp`);
    const { mySignInMethods } = await client.data(MySignInMethodsDocument);
    expect(mySignInMethods).toMatchObject({ hasPassword: true, identities: [{ providerId: 'test-idp' }] });

    const later = t.client();
    await signInWithProvider(later, { login: person.login });
    expect(await signedInAs(later)).toBe(owner.email);
  });

  it('is refused with guidance when the provider did not verify the address, and nothing is linked', async () => {
    const owner = await createUser(t.app.database.db, { email: 'careful@school.example' });
    const person = providerUser({ email: owner.email, emailVerified: false });
    const client = t.client();
    expect(failureOf(await signInWithProvider(client, { login: person.login }))).toEqual({ path: '/sign-in', error: 'EMAIL_UNVERIFIED' });
    expect(await signedInAs(client)).toBeNull();

    const ownerClient = t.client();
    expectType(
      (await ownerClient.data(SignInDocument, { input: { email: owner.email, password: owner.password } })).signIn,
      'SignInSuccess',
    );
    expect((await ownerClient.data(MySignInMethodsDocument)).mySignInMethods.identities).toEqual([]);
  });

  it('refuses to link a provider account that already signs in to someone else', async () => {
    const person = providerUser();
    await signInWithProvider(t.client(), { login: person.login });
    const someoneElse = await createUser(t.app.database.db);
    const client = t.client();
    expectType(
      (await client.data(SignInDocument, { input: { email: someoneElse.email, password: someoneElse.password } })).signIn,
      'SignInSuccess',
    );
    expect(failureOf(await signInWithProvider(client, { login: person.login, link: true }))).toEqual({
      path: '/account',
      error: 'IDENTITY_IN_USE',
    });
  });
});

describe('callbacks that cannot be trusted', () => {
  it('refuses a callback whose state was changed, one whose ID token carries another nonce, and a replayed one', async () => {
    const person = providerUser();
    const tamperedState = t.client();
    const landing = await signInWithProvider(tamperedState, {
      login: person.login,
      alterCallback: (url) => url.searchParams.set('state', 'forged-state'),
    });
    expect(failureOf(landing)).toEqual({ path: '/sign-in', error: 'VERIFICATION_FAILED' });
    expect(await signedInAs(tamperedState)).toBeNull();

    const otherNonce = t.client();
    const nonceLanding = await signInWithProvider(otherNonce, {
      login: person.login,
      alterAuthorization: (url) => url.searchParams.set('nonce', 'a-nonce-this-browser-never-got'),
    });
    expect(failureOf(nonceLanding)).toEqual({ path: '/sign-in', error: 'VERIFICATION_FAILED' });
    expect(await signedInAs(otherNonce)).toBeNull();

    let callback: URL | undefined;
    const first = t.client();
    await signInWithProvider(first, { login: person.login, alterCallback: (url) => (callback = new URL(url)) });
    expect(await signedInAs(first)).toBe(person.email);
    const replay = t.client();
    replay.cookies.set('skillcall_oidc', 'stolen-or-missing');
    expect(failureOf(await open(replay, callback!.href))).toEqual({ path: '/sign-in', error: 'VERIFICATION_FAILED' });
    expect(await signedInAs(replay)).toBeNull();
  });

  it('does not finish a link for an account that is no longer the one signed in', async () => {
    const [first, second] = [await createUser(t.app.database.db), await createUser(t.app.database.db)];
    const client = t.client();
    expectType((await client.data(SignInDocument, { input: { email: first.email, password: first.password } })).signIn, 'SignInSuccess');
    const start = await open(client, `${publicUrl}/auth/oidc/test-idp/start?intent=link`);
    const callback = await idp.authorize(start.href, { login: providerUser().login });
    await client.data(SignOutDocument);
    expectType((await client.data(SignInDocument, { input: { email: second.email, password: second.password } })).signIn, 'SignInSuccess');

    expect(failureOf(await open(client, callback.href))).toEqual({ path: '/account', error: 'VERIFICATION_FAILED' });
    expect((await client.data(MySignInMethodsDocument)).mySignInMethods.identities).toEqual([]);
  });

  it('tells a person who refused consent so', async () => {
    const person = providerUser();
    const client = t.client();
    expect(failureOf(await signInWithProvider(client, { login: person.login, consent: false }))).toEqual({
      path: '/sign-in',
      error: 'CONSENT_REFUSED',
    });
    expect(await signedInAs(client)).toBeNull();
  });

  it('restricts a provider to its email domains', async () => {
    const person = providerUser({ email: 'pupil@elsewhere.example' });
    const client = t.client();
    expect(failureOf(await signInWithProvider(client, { provider: 'district', login: person.login }))).toEqual({
      path: '/sign-in',
      error: 'EMAIL_DOMAIN_NOT_ALLOWED',
    });
    expect(await signedInAs(client)).toBeNull();
    const pupil = providerUser({ email: `pupil-${counter}@district.example` });
    await signInWithProvider(client, { provider: 'district', login: pupil.login });
    expect(await signedInAs(client)).toBe(pupil.email);
  });
});

describe('a provider that is down', () => {
  it('says so when its discovery cannot be reached', async () => {
    expect(failureOf(await signInWithProvider(t.client(), { provider: 'down', login: 'nobody' }))).toEqual({
      path: '/sign-in',
      error: 'PROVIDER_UNAVAILABLE',
    });
  });

  it('says so when its token endpoint stops answering during the sign-in', async () => {
    const person = providerUser();
    const client = t.client();
    try {
      const start = await open(client, `${publicUrl}/auth/oidc/test-idp/start`);
      const callback = await idp.authorize(start.href, { login: person.login });
      await idp.stop();
      expect(failureOf(await open(client, callback.href))).toEqual({ path: '/sign-in', error: 'PROVIDER_UNAVAILABLE' });
      expect(await signedInAs(client)).toBeNull();
    } finally {
      await idp.start();
    }
  });
});

describe('linked providers in settings', () => {
  it('refuses to unlink the only way in, and unlinks one when a password remains', async () => {
    const person = providerUser();
    const client = t.client();
    await signInWithProvider(client, { login: person.login });
    const { unlinkIdentity: refused } = await client.data(UnlinkIdentityDocument, { input: { providerId: 'test-idp' } });
    expect(expectType(refused, 'LastSignInMethodError').code).toBe('LAST_SIGN_IN_METHOD');
    expect((await client.data(MySignInMethodsDocument)).mySignInMethods.identities).toHaveLength(1);

    const owner = await createUser(t.app.database.db);
    const ownerClient = t.client();
    expectType(
      (await ownerClient.data(SignInDocument, { input: { email: owner.email, password: owner.password } })).signIn,
      'SignInSuccess',
    );
    const other = providerUser();
    await signInWithProvider(ownerClient, { login: other.login, link: true });
    const { unlinkIdentity } = await ownerClient.data(UnlinkIdentityDocument, { input: { providerId: 'test-idp' } });
    const success = expectType(unlinkIdentity, 'UnlinkIdentitySuccess');
    expect(success.methods).toMatchObject({ hasPassword: true, identities: [] });
    expect(success.methods.linkable.map((p) => p.id)).toContain('test-idp');
  });
});

describe('erasure', () => {
  it('unlinks the provider accounts of a deleted account, so the provider account can start afresh', async () => {
    const owner = await createUser(t.app.database.db);
    const client = t.client();
    expectType((await client.data(SignInDocument, { input: { email: owner.email, password: owner.password } })).signIn, 'SignInSuccess');
    const person = providerUser();
    await signInWithProvider(client, { login: person.login, link: true });
    const { deleteAccount } = await client.data(DeleteAccountDocument, { input: { password: owner.password, confirmation: owner.email } });
    expect(deleteAccount.__typename).toBe('DeleteAccountSuccess');

    const afresh = t.client();
    expect((await signInWithProvider(afresh, { login: person.login })).pathname).toBe('/welcome');
    const { me } = await afresh.data(MeDocument);
    expect(me?.id).not.toBe(owner.id);
    expect(me?.email).toBe(person.email);
  });

  it('lets an account made through a provider, which has no password, delete itself just after signing in with it', async () => {
    const person = providerUser();
    const client = t.client();
    await signInWithProvider(client, { login: person.login, next: '/' });
    const { deleteAccount } = await client.data(DeleteAccountDocument, { input: { password: null, confirmation: person.email } });
    expect(deleteAccount.__typename).toBe('DeleteAccountSuccess');
    expect((await client.data(MeDocument)).me).toBeNull();
  });
});

// Last: it exhausts this IP's attempts for the rest of the file.
describe('attempt limits', () => {
  it('counts callbacks that cannot be verified against the IP, as failed password sign-ins are, then refuses to start', async () => {
    const client = t.client();
    for (let i = 0; i < t.config.signInLimits.perIp; i++) {
      await open(client, `${publicUrl}/auth/oidc/test-idp/callback?code=guessed&state=guessed`);
    }
    expect(failureOf(await open(client, `${publicUrl}/auth/oidc/test-idp/start`))).toEqual({ path: '/sign-in', error: 'RATE_LIMITED' });
    const { signIn } = await client.data(SignInDocument, { input: { email: 'anyone@example.test', password: 'a long enough password' } });
    expect(signIn.__typename).toBe('RateLimitedError');
  });
});
