import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'drizzle-orm';
import {
  AskForHelpDocument,
  BookSlotDocument,
  BookableSlotsDocument,
  CreateApiKeyDocument,
  DevMailboxDocument,
  MeDocument,
  PayBookingDocument,
  RequestEmailChangeDocument,
  RequestPasswordResetDocument,
  ResendVerificationDocument,
  SaveApplicationDraftDocument,
  SignInDocument,
  SignUpDocument,
  SubmitApplicationDocument,
  VerifyEmailDocument,
} from '@skillcall/schema';
import { expectType, type TestClient } from '../../../test/graphql-client';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { bookableExpert, signInAs } from '../../../test/booking-fixtures';
import { createUser } from '../../seed/factories';
import { applicationForm, categoryIdBySlug } from '../../seed/expert-factories';
import { passwordResetMailJob } from './identity.jobs';
import { createTaxProfile } from '../../seed/tax-factories';

// Monday 2 March 2048, 07:00 in Paris: the bookable expert's office hours are ahead.
/** The limits this file runs with (see startTestApp below). */
const limits = { perIp: 8, perAddress: 3 };
const clock = new ManualClock(new Date('2048-03-02T06:00:00Z'));
let t: TestApp;

beforeAll(async () => {
  // Behind a proxy, each test's visitor comes from an address of its own (X-Forwarded-For), so each test's limits are its own.
  t = await startTestApp({ TRUST_PROXY: 'true', MAIL_DOOR_LIMIT_PER_IP: '8', MAIL_DOOR_LIMIT_PER_ADDRESS: '3' }, clock);
});
afterAll(() => t.close());

let count = 0;
const newAddress = (name = 'new') => `${name}-${++count}-${Math.random().toString(36).slice(2, 8)}@example.test`;

/** A visitor from its own IP address. */
const visitorFrom = (ip: string) => t.client({ 'X-Forwarded-For': ip });

async function signUp(client: TestClient, email = newAddress(), locale: 'en' | 'fr' = 'en') {
  const { signUp } = await client.data(SignUpDocument, {
    input: { email, password: 'a long enough password', displayName: 'Léa Dupont', locale, timeZone: 'Europe/Paris' },
  });
  return { result: signUp, email };
}

const mailsTo = async (address: string) => (await t.client().data(DevMailboxDocument, { to: address })).devMailbox.edges.map((e) => e.node);
const tokenIn = (text: string) => new URL(/https?:\/\/\S+\/verify-email\S*/.exec(text)![0]).searchParams.get('token')!;
const verify = async (client: TestClient, token: string) => (await client.data(VerifyEmailDocument, { input: { token } })).verifyEmail;

describe('confirming the address after sign-up', () => {
  it('sends one mail, welcome and confirm, in the chosen language; the link confirms the address once', async () => {
    const visitor = visitorFrom('198.51.100.1');
    const { result, email } = await signUp(visitor, newAddress('lea'), 'fr');
    expect(expectType(result, 'SignUpSuccess').user.emailVerified).toBe(false);

    const mails = await mailsTo(email);
    expect(mails.map((m) => m.subject)).toEqual(['Bienvenue sur Skillcall, Léa Dupont : confirmez votre adresse e-mail']);
    expect(mails[0]!.text).toContain('dans les 24 heures');
    const token = tokenIn(mails[0]!.text);
    // Only a hash of the token is stored.
    const stored = await t.app.database.db.execute<{ token_hash: string }>(sql`select token_hash from email_verification_tokens`);
    expect(stored.map((r) => r.token_hash)).not.toContain(token);

    // The link works in any browser, signed in or not.
    const confirmed = expectType(await verify(t.client(), token), 'VerifyEmailSuccess');
    expect(confirmed).toMatchObject({ email, changed: false });
    expect((await visitor.data(MeDocument)).me?.emailVerified).toBe(true);

    expectType(await verify(t.client(), token), 'VerificationLinkInvalidError');
    expectType(await verify(t.client(), 'not-a-token-we-sent'), 'VerificationLinkInvalidError');
  });

  it('refuses a link after 24 hours as expired; the account sends itself a new one, which works', async () => {
    const visitor = visitorFrom('198.51.100.2');
    const { email } = await signUp(visitor);
    const token = tokenIn((await mailsTo(email))[0]!.text);
    clock.advance(24 * 3_600_000 + 1000);
    expectType(await verify(visitor, token), 'VerificationLinkExpiredError');
    expect((await visitor.data(MeDocument)).me?.emailVerified).toBe(false);

    const { resendVerification } = await visitor.data(ResendVerificationDocument);
    expect(expectType(resendVerification, 'ResendVerificationSuccess').sentTo).toBe(email);
    const [latest] = await mailsTo(email);
    expect(latest!.subject).toBe('Confirm your Skillcall email address');
    expectType(await verify(t.client(), tokenIn(latest!.text)), 'VerifyEmailSuccess');

    const again = await visitor.data(ResendVerificationDocument);
    expectType(again.resendVerification, 'EmailAlreadyVerifiedError');
  });

  it('limits sending the link again, per address: a flood gets RATE_LIMITED with the wait, not a mail storm', async () => {
    const visitor = visitorFrom('198.51.100.3');
    const { email } = await signUp(visitor);
    const results = [];
    for (let i = 0; i < limits.perAddress + 3; i += 1) {
      results.push((await visitor.data(ResendVerificationDocument)).resendVerification);
    }
    const refused = results.filter((r) => r.__typename === 'RateLimitedError');
    expect(refused).toHaveLength(3);
    expect(expectType(refused[0]!, 'RateLimitedError').retryAfterSeconds).toBeGreaterThan(0);
    // The welcome mail and one per accepted request.
    expect(await mailsTo(email)).toHaveLength(1 + limits.perAddress);
  });
});

describe('what an unconfirmed account may not do', () => {
  it('refuses booking, asking for help now, paying, applying as an expert and creating API keys, and books once confirmed', async () => {
    const { offerings } = await bookableExpert(t);
    const guitar = await categoryIdBySlug(t.app.database.db, 'guitar');
    const visitor = visitorFrom('198.51.100.4');
    const { email } = await signUp(visitor);
    const [startsAt] = (
      await t.client().data(BookableSlotsDocument, {
        offeringId: offerings[0]!.id,
        from: clock.now().toISOString().slice(0, 10),
        days: 2,
        timeZone: 'Europe/Paris',
      })
    ).bookableSlots.days.flatMap((d) => d.slots.map((s) => s.startsAt));
    const bookIt = async () =>
      (await visitor.data(BookSlotDocument, { input: { offeringId: offerings[0]!.id, startsAt: startsAt!, timeZone: 'Europe/Paris' } }))
        .bookSlot;

    expect(expectType(await bookIt(), 'EmailNotVerifiedError').code).toBe('EMAIL_NOT_VERIFIED');
    const ask = await visitor.data(AskForHelpDocument, { input: { offeringId: offerings[0]!.id, timeZone: 'Europe/Paris' } });
    expectType(ask.askForHelp, 'EmailNotVerifiedError');
    const pay = await visitor.data(PayBookingDocument, { input: { bookingId: '00000000-0000-4000-8000-000000000000' } });
    expectType(pay.payBooking, 'EmailNotVerifiedError');
    const key = await visitor.data(CreateApiKeyDocument, { input: { name: 'My shop', scopes: ['SEARCH'] } });
    expectType(key.createApiKey, 'EmailNotVerifiedError');
    // A draft may wait; sending the application may not.
    const draft = (await visitor.data(SaveApplicationDraftDocument, { input: applicationForm(guitar) })).saveApplicationDraft;
    const applicationId = expectType(draft, 'ApplicationSuccess').application.id;
    const submit = await visitor.data(SubmitApplicationDocument, { input: { applicationId } });
    expectType(submit.submitApplication, 'EmailNotVerifiedError');
    const rows = await t.app.database.db.execute<{ count: number }>(
      sql`select (select count(*) from bookings b join users u on u.id = b.user_id where lower(u.email) = lower(${email}))::int
               + (select count(*) from api_keys k join users u on u.id = k.user_id where lower(u.email) = lower(${email}))::int as count`,
    );
    expect(rows[0]!.count).toBe(0);

    expectType(await verify(t.client(), tokenIn((await mailsTo(email))[0]!.text)), 'VerifyEmailSuccess');
    expectType(await bookIt(), 'BookingSuccess');
    const account = await t.app.database.db.query.users.findFirst({ where: (u, { sql: raw }) => raw`lower(${u.email}) = lower(${email})` });
    await createTaxProfile(t.app.database.db, account!.id);
    expectType((await visitor.data(SubmitApplicationDocument, { input: { applicationId } })).submitApplication, 'ApplicationSuccess');
  });

  it('leaves accounts made by the factories (demo, tests) confirmed', async () => {
    const user = await createUser(t.app.database.db);
    expect((await (await signInAs(t, user)).data(MeDocument)).me?.emailVerified).toBe(true);
  });
});

describe('changing the email address', () => {
  it('confirms the new address before it replaces the old one, and tells the old one both times', async () => {
    const user = await createUser(t.app.database.db, { displayName: 'Noor', locale: 'en' });
    const client = await signInAs(t, user);
    const next = newAddress('noor');

    const wrong = await client.data(RequestEmailChangeDocument, { input: { newEmail: next, currentPassword: 'not my password' } });
    expect(expectType(wrong.requestEmailChange, 'InvalidInputError').fieldErrors[0]).toMatchObject({
      field: 'currentPassword',
      code: 'INCORRECT',
    });
    const taken = await client.data(RequestEmailChangeDocument, {
      input: { newEmail: (await createUser(t.app.database.db)).email.toUpperCase(), currentPassword: user.password },
    });
    expect(expectType(taken.requestEmailChange, 'InvalidInputError').fieldErrors[0]).toMatchObject({
      field: 'newEmail',
      code: 'ALREADY_TAKEN',
    });
    expect(await mailsTo(next)).toEqual([]);

    const asked = await client.data(RequestEmailChangeDocument, { input: { newEmail: next, currentPassword: user.password } });
    expect(expectType(asked.requestEmailChange, 'RequestEmailChangeSuccess').pendingEmail).toBe(next);
    expect((await client.data(MeDocument)).me).toMatchObject({ email: user.email, pendingEmail: next, emailVerified: true });
    expect((await mailsTo(user.email)).map((m) => m.subject)).toEqual(['A change of your Skillcall email address was asked']);
    expect((await mailsTo(user.email))[0]!.text).toContain(next);
    const [link] = await mailsTo(next);
    expect(link!.subject).toBe('Confirm your new Skillcall email address');

    expect(expectType(await verify(t.client(), tokenIn(link!.text)), 'VerifyEmailSuccess')).toMatchObject({ email: next, changed: true });
    expect((await client.data(MeDocument)).me).toMatchObject({ email: next, pendingEmail: null, emailVerified: true });
    expect((await mailsTo(user.email))[0]!.subject).toBe('Your Skillcall email address was changed');
    expectType((await t.client().data(SignInDocument, { input: { email: next, password: user.password } })).signIn, 'SignInSuccess');
    expectType(
      (await t.client().data(SignInDocument, { input: { email: user.email, password: user.password } })).signIn,
      'InvalidCredentialsError',
    );
  });
});

describe('doors open to anyone', () => {
  it('limits sign-ups per IP address: a flood gets RATE_LIMITED with the wait and no more mail', async () => {
    const visitor = visitorFrom('203.0.113.7');
    const outcomes = [];
    for (let i = 0; i < limits.perIp + 2; i += 1) outcomes.push(await signUp(visitor));
    const refused = outcomes.filter((o) => o.result.__typename === 'RateLimitedError');
    expect(refused).toHaveLength(2);
    expect(expectType(refused[0]!.result, 'RateLimitedError').retryAfterSeconds).toBeGreaterThan(0);
    for (const { email } of refused) expect(await mailsTo(email)).toEqual([]);
    // Another address is not held back by this one's flood.
    expectType((await signUp(visitorFrom('203.0.113.8'))).result, 'SignUpSuccess');
  });

  it('limits password reset requests per address and per IP address', async () => {
    const user = await createUser(t.app.database.db);
    const reset = (client: TestClient, email: string) => client.data(RequestPasswordResetDocument, { input: { email } });
    const perAddress = [];
    for (let i = 0; i < limits.perAddress + 2; i += 1) {
      perAddress.push((await reset(visitorFrom(`192.0.2.${i + 1}`), user.email)).requestPasswordReset);
    }
    expect(perAddress.filter((r) => r.__typename === 'RateLimitedError')).toHaveLength(2);
    await resetMailsSent();
    expect(await mailsTo(user.email)).toHaveLength(limits.perAddress);

    const flooder = visitorFrom('192.0.2.200');
    const perIp = [];
    for (let i = 0; i < limits.perIp + 1; i += 1) perIp.push((await reset(flooder, newAddress('ghost'))).requestPasswordReset);
    expect(expectType(perIp.at(-1)!, 'RateLimitedError').retryAfterSeconds).toBeGreaterThan(0);
    // The flooder, refused, does not use up the quota of the address it turns to: its owner still gets a link.
    const target = await createUser(t.app.database.db);
    for (let i = 0; i < limits.perAddress; i += 1)
      expectType((await reset(flooder, target.email)).requestPasswordReset, 'RateLimitedError');
    expectType((await reset(visitorFrom('192.0.2.201'), target.email)).requestPasswordReset, 'RequestPasswordResetSuccess');
  });

  it('answers a password reset request the same whether or not an account uses the address, and mails only the account', async () => {
    const user = await createUser(t.app.database.db);
    const ghost = newAddress('ghost');
    const known = await t.client().execute(RequestPasswordResetDocument, { input: { email: user.email } });
    const unknown = await t.client().execute(RequestPasswordResetDocument, { input: { email: ghost } });
    expect(unknown).toEqual(known);
    expect(known.data?.requestPasswordReset).toEqual({ __typename: 'RequestPasswordResetSuccess', accepted: true });
    await resetMailsSent();
    expect((await mailsTo(user.email)).map((m) => m.subject)).toEqual(['Reset your Skillcall password']);
    expect(await mailsTo(ghost)).toEqual([]);
  });
});

/** Waits until the queued reset mail jobs have run. */
async function resetMailsSent() {
  await vi.waitFor(
    async () => {
      const [row] = await t.app.database.db.execute<{ count: number }>(
        sql`select count(*)::int as count from graphile_worker.jobs where task_identifier = ${passwordResetMailJob.id}`,
      );
      expect(row!.count).toBe(0);
    },
    { timeout: 10_000, interval: 50 },
  );
}
