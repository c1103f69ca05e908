import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import {
  DeleteAccountDocument,
  FinishPasskeyRegistrationDocument,
  FinishPasskeySignInDocument,
  MeDocument,
  MyPasskeysDocument,
  RemovePasskeyDocument,
  RenamePasskeyDocument,
  SignInDocument,
  StartPasskeyRegistrationDocument,
  StartPasskeySignInDocument,
} from '@skillcall/schema';
import { expectType, type TestClient } from '../../../../test/graphql-client';
import { ManualClock, startTestApp, type TestApp } from '../../../../test/harness';
import { SoftwareAuthenticator } from '../../../../test/software-authenticator';
import { createLoaders } from '../../../loaders';
import { createLogger } from '../../../platform/logger';
import { systemContext } from '../../../platform/system-context';
import { createUser } from '../../../seed/factories';
import { accountDataOf } from '../identity.privacy';
import { newSecretToken } from '../tokens';

const publicUrl = 'http://localhost:5173';
let t: TestApp;
const clock = new ManualClock(new Date('2026-12-07T09:00:00Z'));

beforeAll(async () => {
  t = await startTestApp({ PUBLIC_URL: publicUrl, SIGN_IN_MAX_ATTEMPTS_PER_ACCOUNT_AND_IP: '3' }, clock);
});
afterAll(() => t.close());

async function signedIn(overrides: Parameters<typeof createUser>[1] = {}) {
  const user = await createUser(t.app.database.db, overrides);
  const client = t.client();
  if (user.passwordHash?.startsWith('$')) {
    expectType((await client.data(SignInDocument, { input: { email: user.email, password: user.password } })).signIn, 'SignInSuccess');
  } else {
    // An account without a password (made through a provider): its session is opened directly.
    const token = await openSessionFor(user.id);
    client.cookies.set('skillcall_session', token);
  }
  return { user, client };
}

async function openSessionFor(userId: string): Promise<string> {
  const { token, tokenHash } = newSecretToken();
  await t.app.database.db.execute(
    sql`insert into sessions (token_hash, user_id, expires_at) values (${tokenHash}, ${userId}, ${new Date(clock.now().getTime() + 86_400_000).toISOString()})`,
  );
  return token;
}

/** Adds a passkey named `name` to the client's account through the settings' two steps. */
async function addPasskey(client: TestClient, authenticator: SoftwareAuthenticator, name = 'My phone') {
  const { startPasskeyRegistration: options } = await client.data(StartPasskeyRegistrationDocument);
  const response = JSON.stringify(authenticator.register(options.optionsJson));
  const { finishPasskeyRegistration } = await client.data(FinishPasskeyRegistrationDocument, {
    input: { challengeId: options.challengeId, response, name },
  });
  return finishPasskeyRegistration;
}

async function passkeySignIn(
  client: TestClient,
  authenticator: SoftwareAuthenticator,
  tamper?: Parameters<SoftwareAuthenticator['signIn']>[1],
) {
  const started = expectType((await client.data(StartPasskeySignInDocument)).startPasskeySignIn, 'PasskeyOptions');
  const response = JSON.stringify(authenticator.signIn(started.optionsJson, tamper));
  return (await client.data(FinishPasskeySignInDocument, { input: { challengeId: started.challengeId, response } })).finishPasskeySignIn;
}

async function sessionMethods(userId: string): Promise<string[]> {
  const rows = await t.app.database.db.execute<{ method: string }>(
    sql`select sign_in_method as method from sessions where user_id = ${userId} order by sign_in_method`,
  );
  return rows.map((r) => r.method);
}

describe('adding a passkey in settings', () => {
  it('asks the browser for a discoverable passkey for PUBLIC_URL’s host, then lists it under its name', async () => {
    const { user, client } = await signedIn();
    const { startPasskeyRegistration } = await client.data(StartPasskeyRegistrationDocument);
    const options = JSON.parse(startPasskeyRegistration.optionsJson) as {
      rp: { id: string };
      user: { name: string };
      authenticatorSelection: { residentKey: string; requireResidentKey: boolean; userVerification: string };
    };
    expect(options.rp.id).toBe('localhost');
    expect(options.user.name).toBe(user.email);
    expect(options.authenticatorSelection).toMatchObject({
      residentKey: 'required',
      requireResidentKey: true,
      userVerification: 'preferred',
    });

    const authenticator = new SoftwareAuthenticator(publicUrl, { synced: true });
    const response = JSON.stringify(authenticator.register(startPasskeyRegistration.optionsJson));
    const { finishPasskeyRegistration } = await client.data(FinishPasskeyRegistrationDocument, {
      input: { challengeId: startPasskeyRegistration.challengeId, response, name: '  Work laptop ' },
    });
    expect(expectType(finishPasskeyRegistration, 'FinishPasskeyRegistrationSuccess').passkey).toMatchObject({
      name: 'Work laptop',
      createdAt: clock.now().toISOString(),
      lastUsedAt: null,
      backedUp: true,
    });
    expect((await client.data(MyPasskeysDocument)).myPasskeys.map((p) => p.name)).toEqual(['Work laptop']);
  });

  it('refuses an answer made on another site, an answer given twice, an expired request and an empty name', async () => {
    const { client } = await signedIn();
    const phishing = new SoftwareAuthenticator('https://skillcall.example.evil');
    expectType(await addPasskey(client, phishing), 'PasskeyVerificationFailedError');

    const authenticator = new SoftwareAuthenticator(publicUrl);
    const { startPasskeyRegistration: options } = await client.data(StartPasskeyRegistrationDocument);
    const response = JSON.stringify(authenticator.register(options.optionsJson));
    const noName = (
      await client.data(FinishPasskeyRegistrationDocument, { input: { challengeId: options.challengeId, response, name: ' ' } })
    ).finishPasskeyRegistration;
    expect(expectType(noName, 'InvalidInputError').fieldErrors.map((f) => [f.field, f.code])).toEqual([['name', 'REQUIRED']]);
    const input = { challengeId: options.challengeId, response, name: 'Phone' };
    expectType(
      (await client.data(FinishPasskeyRegistrationDocument, { input })).finishPasskeyRegistration,
      'FinishPasskeyRegistrationSuccess',
    );
    expectType((await client.data(FinishPasskeyRegistrationDocument, { input })).finishPasskeyRegistration, 'PasskeyChallengeExpiredError');

    const { startPasskeyRegistration: later } = await client.data(StartPasskeyRegistrationDocument);
    clock.advance(5 * 60_000 + 1);
    const late = JSON.stringify(authenticator.register(later.optionsJson));
    const expired = await client.data(FinishPasskeyRegistrationDocument, {
      input: { challengeId: later.challengeId, response: late, name: 'Tablet' },
    });
    expectType(expired.finishPasskeyRegistration, 'PasskeyChallengeExpiredError');
    expect((await client.data(MyPasskeysDocument)).myPasskeys.map((p) => p.name)).toEqual(['Phone']);
  });

  it('does not let another account finish a registration it did not start', async () => {
    const alice = await signedIn();
    const mallory = await signedIn();
    const { startPasskeyRegistration: options } = await alice.client.data(StartPasskeyRegistrationDocument);
    const response = JSON.stringify(new SoftwareAuthenticator(publicUrl).register(options.optionsJson));
    const { finishPasskeyRegistration } = await mallory.client.data(FinishPasskeyRegistrationDocument, {
      input: { challengeId: options.challengeId, response, name: 'Stolen' },
    });
    expectType(finishPasskeyRegistration, 'PasskeyChallengeExpiredError');
    expect((await mallory.client.data(MyPasskeysDocument)).myPasskeys).toEqual([]);
  });
});

describe('signing in with a passkey', () => {
  it('signs a browser in without an email, in a new session marked as a passkey sign-in, and dates the passkey’s use', async () => {
    const { user, client } = await signedIn();
    const authenticator = new SoftwareAuthenticator(publicUrl);
    expectType(await addPasskey(client, authenticator), 'FinishPasskeyRegistrationSuccess');

    const browser = t.client();
    browser.cookies.set('skillcall_session', 'a-session-id-an-attacker-planted');
    const result = await passkeySignIn(browser, authenticator);
    expect(expectType(result, 'SignInSuccess').user.email).toBe(user.email);
    expect(browser.cookies.get('skillcall_session')).not.toBe('a-session-id-an-attacker-planted');
    expect((await browser.data(MeDocument)).me?.id).toBe(user.id);
    expect(await sessionMethods(user.id)).toEqual(['passkey', 'password']);
    expect((await client.data(MyPasskeysDocument)).myPasskeys[0]?.lastUsedAt).toBe(clock.now().toISOString());
  });

  it('refuses a wrong signature, a cloned authenticator and a page on another origin, then makes the account wait', async () => {
    const { client } = await signedIn();
    const authenticator = new SoftwareAuthenticator(publicUrl);
    expectType(await addPasskey(client, authenticator), 'FinishPasskeyRegistrationSuccess');
    expectType(await passkeySignIn(t.client(), authenticator), 'SignInSuccess'); // the counter is now 1

    const browser = t.client();
    expectType(await passkeySignIn(browser, authenticator, { wrongSignature: true }), 'PasskeyVerificationFailedError');
    expectType(await passkeySignIn(browser, authenticator, { counter: 1 }), 'PasskeyVerificationFailedError');
    authenticator.origin = 'https://skillcall.example.evil';
    // Three failures from this IP on this account: the next attempt waits, even with the right passkey.
    expectType(await passkeySignIn(browser, authenticator), 'PasskeyVerificationFailedError');
    authenticator.origin = publicUrl;
    expect(expectType(await passkeySignIn(browser, authenticator), 'RateLimitedError').retryAfterSeconds).toBeGreaterThan(0);
    expect((await browser.data(MeDocument)).me).toBeNull();
  });

  it('waits after failed password attempts on the same account too: both methods share the limits', async () => {
    const { user, client } = await signedIn();
    const authenticator = new SoftwareAuthenticator(publicUrl);
    expectType(await addPasskey(client, authenticator), 'FinishPasskeyRegistrationSuccess');
    for (let i = 0; i < 3; i++) {
      await t.client().data(SignInDocument, { input: { email: user.email, password: 'not the password at all' } });
    }
    expectType(await passkeySignIn(t.client(), authenticator), 'RateLimitedError');
  });

  it('answers a request used twice or too late with an expired challenge', async () => {
    const { client } = await signedIn();
    const authenticator = new SoftwareAuthenticator(publicUrl);
    expectType(await addPasskey(client, authenticator), 'FinishPasskeyRegistrationSuccess');
    const browser = t.client();
    const started = expectType((await browser.data(StartPasskeySignInDocument)).startPasskeySignIn, 'PasskeyOptions');
    const input = { challengeId: started.challengeId, response: JSON.stringify(authenticator.signIn(started.optionsJson)) };
    expectType((await browser.data(FinishPasskeySignInDocument, { input })).finishPasskeySignIn, 'SignInSuccess');
    expectType((await t.client().data(FinishPasskeySignInDocument, { input })).finishPasskeySignIn, 'PasskeyChallengeExpiredError');

    const later = expectType((await browser.data(StartPasskeySignInDocument)).startPasskeySignIn, 'PasskeyOptions');
    clock.advance(5 * 60_000 + 1);
    const lateInput = { challengeId: later.challengeId, response: JSON.stringify(authenticator.signIn(later.optionsJson)) };
    expectType(
      (await t.client().data(FinishPasskeySignInDocument, { input: lateInput })).finishPasskeySignIn,
      'PasskeyChallengeExpiredError',
    );
  });

  it('does not know a removed passkey, nor the passkeys of a deleted account', async () => {
    const { user, client } = await signedIn();
    const authenticator = new SoftwareAuthenticator(publicUrl);
    const first = expectType(await addPasskey(client, authenticator, 'Old phone'), 'FinishPasskeyRegistrationSuccess').passkey;
    const [oldPhone] = authenticator.credentials;
    expectType(await addPasskey(client, authenticator, 'New phone'), 'FinishPasskeyRegistrationSuccess');
    expectType((await client.data(RemovePasskeyDocument, { input: { id: first.id } })).removePasskey, 'RemovePasskeySuccess');
    expectType(await passkeySignIn(t.client(), authenticator, { pick: oldPhone }), 'UnknownPasskeyError');

    const { deleteAccount } = await client.data(DeleteAccountDocument, { input: { confirmation: user.email, password: user.password } });
    expectType(deleteAccount, 'DeleteAccountSuccess');
    expectType(await passkeySignIn(t.client(), authenticator), 'UnknownPasskeyError');
    const left = await t.app.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from passkey_credentials where user_id = ${user.id}`,
    );
    expect(left[0]!.n).toBe(0);
  });
});

describe('proving it is you again', () => {
  it('takes a passkey sign-in of the last 10 minutes instead of the password to delete the account, and nothing else', async () => {
    const { user, client } = await signedIn();
    const authenticator = new SoftwareAuthenticator(publicUrl);
    expectType(await addPasskey(client, authenticator), 'FinishPasskeyRegistrationSuccess');
    const withoutPassword = async (browser: TestClient) =>
      (await browser.data(DeleteAccountDocument, { input: { confirmation: user.email } })).deleteAccount;

    const passwordSession = await withoutPassword(client);
    expect(expectType(passwordSession, 'InvalidInputError').fieldErrors.map((f) => [f.field, f.code])).toEqual([['password', 'REQUIRED']]);

    const browser = t.client();
    expectType(await passkeySignIn(browser, authenticator), 'SignInSuccess');
    clock.advance(10 * 60_000 + 1);
    expectType(await withoutPassword(browser), 'InvalidInputError');

    expectType(await passkeySignIn(browser, authenticator), 'SignInSuccess');
    clock.advance(9 * 60_000);
    expectType(await withoutPassword(browser), 'DeleteAccountSuccess');
    expect((await browser.data(MeDocument)).me).toBeNull();
  });
});

describe('personal data', () => {
  it('lists the passkeys (names, dates, never the keys) and how each session was signed in in the data export', async () => {
    const { user, client } = await signedIn();
    const authenticator = new SoftwareAuthenticator(publicUrl);
    expectType(await addPasskey(client, authenticator, 'Travel key'), 'FinishPasskeyRegistrationSuccess');
    expectType(await passkeySignIn(t.client(), authenticator), 'SignInSuccess');
    const system = systemContext(
      { config: t.config, logger: createLogger(t.config), clock, db: t.app.database.db, adapters: t.app.adapters, createLoaders },
      'test',
    );
    const data = await accountDataOf(system, user.id);
    expect(data?.passkeys).toEqual([
      { name: 'Travel key', createdAt: clock.now(), lastUsedAt: clock.now(), synced: false, transports: ['internal'] },
    ]);
    expect(data?.signInSessions.map((s) => s.signInMethod).sort()).toEqual(['passkey', 'password']);
    expect(JSON.stringify(data)).not.toContain(authenticator.credentials[0]!.id.toString('base64url'));
  });
});

describe('managing passkeys', () => {
  it('renames and removes the viewer’s own passkeys only', async () => {
    const owner = await signedIn();
    const other = await signedIn();
    const added = expectType(await addPasskey(owner.client, new SoftwareAuthenticator(publicUrl)), 'FinishPasskeyRegistrationSuccess');
    const id = added.passkey.id;

    const renamed = (await owner.client.data(RenamePasskeyDocument, { input: { id, name: 'Pixel 9' } })).renamePasskey;
    expect(expectType(renamed, 'RenamePasskeySuccess').passkey.name).toBe('Pixel 9');
    const tooLong = (await owner.client.data(RenamePasskeyDocument, { input: { id, name: 'x'.repeat(61) } })).renamePasskey;
    expect(expectType(tooLong, 'InvalidInputError').fieldErrors.map((f) => f.code)).toEqual(['TOO_LONG']);

    const stranger = await other.client.execute(RenamePasskeyDocument, { input: { id, name: 'Mine now' } });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const removal = await other.client.execute(RemovePasskeyDocument, { input: { id } });
    expect(removal.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await owner.client.data(MyPasskeysDocument)).myPasskeys.map((p) => p.name)).toEqual(['Pixel 9']);
  });

  it('refuses to remove the last passkey of an account without a password, and allows it once another remains', async () => {
    const { client } = await signedIn({ passwordHash: '!none' });
    const authenticator = new SoftwareAuthenticator(publicUrl);
    const only = expectType(await addPasskey(client, authenticator, 'Only one'), 'FinishPasskeyRegistrationSuccess').passkey;

    expectType((await client.data(RemovePasskeyDocument, { input: { id: only.id } })).removePasskey, 'LastSignInMethodError');
    expectType(await passkeySignIn(t.client(), authenticator), 'SignInSuccess');

    expectType(await addPasskey(client, authenticator, 'Backup key'), 'FinishPasskeyRegistrationSuccess');
    expectType((await client.data(RemovePasskeyDocument, { input: { id: only.id } })).removePasskey, 'RemovePasskeySuccess');
    expect((await client.data(MyPasskeysDocument)).myPasskeys.map((p) => p.name)).toEqual(['Backup key']);
  });
});
