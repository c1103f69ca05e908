import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import {
  ChangePasswordDocument,
  DevMailboxDocument,
  MeDocument,
  RequestPasswordResetDocument,
  ResetPasswordDocument,
  SignInDocument,
  SignOutDocument,
  SignUpDocument,
  UpdateAccountDocument,
} from '@skillcall/schema';
import { expectType, type TestClient } from '../../../test/graphql-client';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { createUser } from '../../seed/factories';

let t: TestApp;
const clock = new ManualClock(new Date('2026-11-21T09:00:00Z'));

beforeAll(async () => {
  t = await startTestApp({ SIGN_IN_MAX_ATTEMPTS_PER_ACCOUNT_AND_IP: '3', SIGN_IN_MAX_ATTEMPTS_PER_IP: '8' }, clock);
});
afterAll(() => t.close());

const signUpInput = (overrides: Partial<{ email: string; password: string; displayName: string; timeZone: string }> = {}) => ({
  email: `new-${Math.random().toString(36).slice(2, 10)}@example.test`,
  password: 'a long enough password',
  displayName: 'Léa Dupont',
  locale: 'fr' as const,
  timeZone: 'Europe/Paris',
  ...overrides,
});

async function userCount(): Promise<number> {
  const rows = await t.app.database.db.execute<{ count: number }>(sql`select count(*)::int as count from users`);
  return rows[0]!.count;
}

/** The latest mail to `address`, once one arrived. */
async function firstMailTo(client: TestClient, address: string) {
  return vi.waitFor(
    async () => {
      const { devMailbox } = await client.data(DevMailboxDocument, { to: address });
      if (!devMailbox.edges[0]) throw new Error(`no mail to ${address} yet`);
      return devMailbox.edges[0].node;
    },
    { timeout: 10_000, interval: 50 },
  );
}

async function signedInClient(email: string, password: string): Promise<TestClient> {
  const client = t.client();
  const { signIn } = await client.data(SignInDocument, { input: { email, password } });
  expectType(signIn, 'SignInSuccess');
  return client;
}

describe('sign up', () => {
  it('creates the account, signs the browser in with an HttpOnly SameSite cookie, and sends a welcome email in the chosen language, asking to confirm the address', async () => {
    const client = t.client();
    const input = signUpInput();
    const response = await client.raw({ query: (await import('graphql')).print(SignUpDocument), variables: { input } });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('skillcall_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const body = (await response.json()) as { data: { signUp: { __typename: string; user: { email: string; locale: string } } } };
    expect(body.data.signUp.__typename).toBe('SignUpSuccess');
    expect(body.data.signUp.user).toMatchObject({ email: input.email, locale: 'fr' });

    const { me } = await client.data(MeDocument);
    expect(me).toMatchObject({ displayName: 'Léa Dupont', email: input.email, roles: ['USER'], timeZone: 'Europe/Paris' });

    const { devMailbox } = await client.data(DevMailboxDocument, { to: input.email });
    expect(devMailbox.edges.map((e) => e.node.subject)).toEqual(['Bienvenue sur Skillcall, Léa Dupont : confirmez votre adresse e-mail']);
  });

  it('refuses malformed email, short password, empty name and unknown time zone together, naming each field, and writes nothing', async () => {
    const before = await userCount();
    const { signUp } = await t.client().data(SignUpDocument, {
      input: signUpInput({ email: 'not-an-email', password: 'short', displayName: '   ', timeZone: 'Mars/Olympus_Mons' }),
    });
    const error = expectType(signUp, 'InvalidInputError');
    expect(error.code).toBe('INVALID_INPUT');
    expect(Object.fromEntries(error.fieldErrors.map((f) => [f.field, f.code]))).toEqual({
      email: 'INVALID_FORMAT',
      password: 'TOO_SHORT',
      displayName: 'REQUIRED',
      timeZone: 'UNSUPPORTED',
    });
    expect(await userCount()).toBe(before);
  });

  it('refuses an email already used, whatever its case, and keeps the first account intact', async () => {
    const input = signUpInput({ email: 'Marie.Curie@Example.test' });
    expectType((await t.client().data(SignUpDocument, { input })).signUp, 'SignUpSuccess');
    const before = await userCount();

    const { signUp } = await t
      .client()
      .data(SignUpDocument, { input: { ...input, email: 'marie.curie@example.TEST', password: 'another password 123' } });
    const error = expectType(signUp, 'InvalidInputError');
    expect(error.fieldErrors).toEqual([expect.objectContaining({ field: 'email', code: 'ALREADY_TAKEN' })]);
    expect(await userCount()).toBe(before);
    await signedInClient('marie.curie@example.test', input.password);
  });

  it('gives one winner when two sign-ups race for the same email', async () => {
    const input = signUpInput();
    const results = await Promise.all([t.client().data(SignUpDocument, { input }), t.client().data(SignUpDocument, { input })]);
    expect(results.map((r) => r.signUp.__typename).sort()).toEqual(['InvalidInputError', 'SignUpSuccess']);
  });
});

describe('sign in and out', () => {
  it('signs in with the right password, whatever the email case, and signs out', async () => {
    const user = await createUser(t.app.database.db, { email: 'jules@example.test' });
    const client = await signedInClient('JULES@example.test', user.password);
    expect((await client.data(MeDocument)).me?.id).toBe(user.id);

    const { signOut } = await client.data(SignOutDocument);
    expect(signOut.signedOut).toBe(true);
    expect(client.cookies.has('skillcall_session')).toBe(false);
    expect((await client.data(MeDocument)).me).toBeNull();
  });

  it('answers the same InvalidCredentialsError for a wrong password and an unknown email', async () => {
    const user = await createUser(t.app.database.db);
    const wrongPassword = (await t.client().data(SignInDocument, { input: { email: user.email, password: 'wrong password!' } })).signIn;
    const unknownEmail = (await t.client().data(SignInDocument, { input: { email: 'nobody@example.test', password: 'whatever' } })).signIn;
    expect(expectType(wrongPassword, 'InvalidCredentialsError').code).toBe('INVALID_CREDENTIALS');
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it('a session cookie stops working after sign-out even if replayed', async () => {
    const user = await createUser(t.app.database.db);
    const client = await signedInClient(user.email, user.password);
    const stolen = client.cookieHeader;
    await client.data(SignOutDocument);
    const replay = t.client({ cookie: stolen });
    expect((await replay.data(MeDocument)).me).toBeNull();
  });

  it('ends the session a browser had when it signs in again, as the same account or another: only the new cookie works', async () => {
    const [first, second] = [await createUser(t.app.database.db), await createUser(t.app.database.db)];
    const client = await signedInClient(first.email, first.password);
    const before = client.cookieHeader;
    await client.data(SignInDocument, { input: { email: second.email, password: second.password } });
    expect(client.cookieHeader).not.toBe(before);
    expect((await client.data(MeDocument)).me?.email).toBe(second.email);
    expect((await t.client({ cookie: before }).data(MeDocument)).me).toBeNull();
  });

  it('a session expires after its time to live', async () => {
    const user = await createUser(t.app.database.db);
    const client = await signedInClient(user.email, user.password);
    clock.advance((t.config.sessionTtlDays + 1) * 24 * 3600 * 1000);
    expect((await client.data(MeDocument)).me).toBeNull();
  });
});

describe('sign-in rate limits', () => {
  it('locks an account after too many failures with a typed RATE_LIMITED error, even with the right password', async () => {
    const user = await createUser(t.app.database.db);
    for (let i = 0; i < 3; i++) {
      const { signIn } = await t.client().data(SignInDocument, { input: { email: user.email, password: `wrong ${i} password` } });
      expectType(signIn, 'InvalidCredentialsError');
    }
    const { signIn } = await t.client().data(SignInDocument, { input: { email: user.email, password: user.password } });
    const limited = expectType(signIn, 'RateLimitedError');
    expect(limited.code).toBe('RATE_LIMITED');
    expect(limited.retryAfterSeconds).toBeGreaterThan(0);
    expect(limited.retryAfterSeconds).toBeLessThanOrEqual(t.config.signInLimits.windowSeconds);
  });

  it('does not let a stranger on another IP lock the owner out, but locks an account attacked from many IPs', async () => {
    const isolated = await startTestApp({
      SIGN_IN_MAX_ATTEMPTS_PER_ACCOUNT_AND_IP: '3',
      SIGN_IN_MAX_ATTEMPTS_PER_ACCOUNT: '6',
      TRUST_PROXY: 'true',
    });
    try {
      const user = await createUser(isolated.app.database.db);
      const from = (ip: string) => isolated.client({ 'x-forwarded-for': ip });
      const guess = (ip: string) => from(ip).data(SignInDocument, { input: { email: user.email, password: 'a wrong guess' } });
      for (let i = 0; i < 3; i++) expectType((await guess('203.0.113.7')).signIn, 'InvalidCredentialsError');
      expectType((await guess('203.0.113.7')).signIn, 'RateLimitedError');
      const owner = await from('198.51.100.20').data(SignInDocument, { input: { email: user.email, password: user.password } });
      expectType(owner.signIn, 'SignInSuccess');

      for (const ip of ['203.0.113.8', '203.0.113.9', '203.0.113.10']) expectType((await guess(ip)).signIn, 'InvalidCredentialsError');
      const lockedEverywhere = await from('198.51.100.20').data(SignInDocument, { input: { email: user.email, password: user.password } });
      expectType(lockedEverywhere.signIn, 'RateLimitedError');
    } finally {
      await isolated.close();
    }
  });

  it('limits one IP trying many accounts, while another IP can still sign in', async () => {
    // Clients of the shared test app all come from 127.0.0.1; this app trusts X-Forwarded-For to tell IPs apart.
    const isolated = await startTestApp({ SIGN_IN_MAX_ATTEMPTS_PER_IP: '4', TRUST_PROXY: 'true' });
    try {
      const user = await createUser(isolated.app.database.db);
      const from = (ip: string) => isolated.client({ 'x-forwarded-for': ip });
      for (let i = 0; i < 4; i++) {
        const { signIn } = await from('203.0.113.7').data(SignInDocument, {
          input: { email: `victim${i}@example.test`, password: 'guess guess' },
        });
        expectType(signIn, 'InvalidCredentialsError');
      }
      const blocked = await from('203.0.113.7').data(SignInDocument, { input: { email: user.email, password: user.password } });
      expectType(blocked.signIn, 'RateLimitedError');
      const other = await from('198.51.100.20').data(SignInDocument, { input: { email: user.email, password: user.password } });
      expectType(other.signIn, 'SignInSuccess');
    } finally {
      await isolated.close();
    }
  });
});

describe('passwords', () => {
  it('changes the password, keeps this session and signs out the others', async () => {
    const user = await createUser(t.app.database.db);
    const laptop = await signedInClient(user.email, user.password);
    const phone = await signedInClient(user.email, user.password);

    const wrong = await laptop.data(ChangePasswordDocument, {
      input: { currentPassword: 'not it at all', newPassword: 'brand new password' },
    });
    expect(expectType(wrong.changePassword, 'InvalidInputError').fieldErrors).toEqual([
      expect.objectContaining({ field: 'currentPassword', code: 'INCORRECT' }),
    ]);

    const same = await laptop.data(ChangePasswordDocument, { input: { currentPassword: user.password, newPassword: user.password } });
    expect(expectType(same.changePassword, 'InvalidInputError').fieldErrors).toEqual([
      expect.objectContaining({ field: 'newPassword', code: 'UNCHANGED' }),
    ]);
    expect((await phone.data(MeDocument)).me?.id).toBe(user.id);

    const ok = await laptop.data(ChangePasswordDocument, { input: { currentPassword: user.password, newPassword: 'brand new password' } });
    expectType(ok.changePassword, 'ChangePasswordSuccess');
    expect((await laptop.data(MeDocument)).me?.id).toBe(user.id);
    expect((await phone.data(MeDocument)).me).toBeNull();
    await signedInClient(user.email, 'brand new password');
    // The owner hears of it, with a way back in if it was not them.
    const mail = (await t.client().data(DevMailboxDocument, { to: user.email })).devMailbox.edges[0]!.node;
    expect(mail).toMatchObject({ template: 'passwordChanged', subject: 'Your Skillcall password was changed' });
    expect(mail.text).toContain(`${t.config.publicUrl}/forgot-password`);
  });

  it('stops a stolen session from guessing the current password', async () => {
    const user = await createUser(t.app.database.db);
    const thief = await signedInClient(user.email, user.password);
    for (let i = 0; i < 3; i++) {
      const { changePassword } = await thief.data(ChangePasswordDocument, {
        input: { currentPassword: `guess ${i} guess`, newPassword: 'stolen account now' },
      });
      expectType(changePassword, 'InvalidInputError');
    }
    const { changePassword } = await thief.data(ChangePasswordDocument, {
      input: { currentPassword: user.password, newPassword: 'stolen account now' },
    });
    expectType(changePassword, 'RateLimitedError');
  });

  it('refuses a password change when signed out with UNAUTHENTICATED', async () => {
    const result = await t.client().execute(ChangePasswordDocument, { input: { currentPassword: 'x', newPassword: 'yyyyyyyyyyyy' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('resets a forgotten password through the emailed link, once, and signs out every other session', async () => {
    const user = await createUser(t.app.database.db, { locale: 'en', displayName: 'Noor' });
    const oldSession = await signedInClient(user.email, user.password);
    const visitor = t.client();

    const { requestPasswordReset } = await visitor.data(RequestPasswordResetDocument, { input: { email: user.email.toUpperCase() } });
    expect(expectType(requestPasswordReset, 'RequestPasswordResetSuccess').accepted).toBe(true);

    // The reset mail is written by a job (the request does the same work for an unknown address).
    const mail = await firstMailTo(visitor, user.email);
    expect(mail.subject).toBe('Reset your Skillcall password');
    expect(mail.text).toContain('Hello Noor');
    const token = new URL(/https?:\/\/\S+/.exec(mail.text)![0]).searchParams.get('token')!;

    const { resetPassword } = await visitor.data(ResetPasswordDocument, { input: { token, newPassword: 'my new secret phrase' } });
    expect(expectType(resetPassword, 'ResetPasswordSuccess').user.id).toBe(user.id);
    expect((await visitor.data(MeDocument)).me?.id).toBe(user.id);
    expect((await oldSession.data(MeDocument)).me).toBeNull();
    expect((await visitor.data(DevMailboxDocument, { to: user.email })).devMailbox.edges[0]!.node.template).toBe('passwordChanged');

    const again = await t.client().data(ResetPasswordDocument, { input: { token, newPassword: 'yet another phrase' } });
    expect(expectType(again.resetPassword, 'InvalidInputError').fieldErrors[0]).toMatchObject({
      field: 'token',
      code: 'EXPIRED_OR_UNKNOWN',
    });
    await signedInClient(user.email, 'my new secret phrase');
  });

  it('refuses an expired reset link', async () => {
    const user = await createUser(t.app.database.db);
    await t.client().data(RequestPasswordResetDocument, { input: { email: user.email } });
    const mail = await firstMailTo(t.client(), user.email);
    const token = new URL(/https?:\/\/\S+/.exec(mail.text)![0]).searchParams.get('token')!;
    clock.advance(61 * 60 * 1000);
    const { resetPassword } = await t.client().data(ResetPasswordDocument, { input: { token, newPassword: 'too late for this one' } });
    expect(expectType(resetPassword, 'InvalidInputError').fieldErrors[0]?.code).toBe('EXPIRED_OR_UNKNOWN');
  });
});

describe('account settings and privacy', () => {
  it('updates name, language and time zone, and refuses an unknown time zone', async () => {
    const user = await createUser(t.app.database.db);
    const client = await signedInClient(user.email, user.password);
    const { updateAccount } = await client.data(UpdateAccountDocument, {
      input: { displayName: 'Zoé', locale: 'fr', timeZone: 'America/New_York' },
    });
    expect(expectType(updateAccount, 'UpdateAccountSuccess').user).toMatchObject({
      displayName: 'Zoé',
      locale: 'fr',
      timeZone: 'America/New_York',
    });

    // Others see the name: it may not carry contact details.
    const solicit = await client.data(UpdateAccountDocument, { input: { displayName: 'Zoé, insta: @zoe_music' } });
    expect(expectType(solicit.updateAccount, 'InvalidInputError').fieldErrors).toEqual([
      expect.objectContaining({ field: 'displayName', code: 'CONTACT_DETAILS' }),
    ]);
    expect((await client.data(MeDocument)).me?.displayName).toBe('Zoé');

    const bad = await client.data(UpdateAccountDocument, { input: { timeZone: 'Europe/Atlantis' } });
    expect(expectType(bad.updateAccount, 'InvalidInputError').fieldErrors[0]).toMatchObject({ field: 'timeZone', code: 'UNSUPPORTED' });
    expect((await client.data(MeDocument)).me?.timeZone).toBe('America/New_York');
  });
});
