import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  AccountDeletionTermsDocument,
  CreateApiKeyDocument,
  CreateWebhookEndpointDocument,
  BookingBillingDocument,
  BookingDocument,
  DeleteAccountDocument,
  AdminExpertsDocument,
  ExpertProfileDocument,
  ReinstateExpertDocument,
  ExpertReviewsDocument,
  MeDocument,
  SearchExpertsDocument,
  SessionRoomDocument,
  SignInDocument,
  SignUpDocument,
} from '@skillcall/schema';
import { bookableExpert, signInAs, signedInUser } from '../../../test/booking-fixtures';
import { expectType, type TestClient } from '../../../test/graphql-client';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { bookAndPay, pastPaidSession, perSession } from '../../../test/privacy-fixtures';
import { createUser, defaultTestPassword } from '../../seed/factories';
import { requestIndexing } from '../search/search.requests';

// Monday 2 March 2048, 07:00 in Paris; the experts keep Paris office hours.
const start = new Date('2048-03-02T06:00:00Z');
const clock = new ManualClock(start);
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ DATA_DIR: mkdtempSync(path.join(tmpdir(), 'skillcall-deletion-')) }, clock);
});
afterAll(() => t.close());
afterEach(() => clock.set(start));

const db = () => t.app.database.db;
const deleteAccount = (client: TestClient, input: { password: string; confirmation: string }) =>
  client.data(DeleteAccountDocument, { input }).then((r) => r.deleteAccount);
const refunded = async (client: TestClient, bookingId: string) =>
  (await client.data(BookingBillingDocument, { id: bookingId })).booking?.payment?.refunded.amountMinor;
const signIn = (email: string) =>
  t
    .client()
    .data(SignInDocument, { input: { email, password: defaultTestPassword } })
    .then((r) => r.signIn);

describe('deleting one’s account', () => {
  it('refuses a wrong confirmation or password and changes nothing', async () => {
    const user = await createUser(db());
    const client = await signInAs(t, user);
    const expert = await bookableExpert(t, { prices: [perSession] });
    const booking = await bookAndPay(client, expert.offerings[0]!.id, '2048-03-05T09:00:00Z');

    expect(await deleteAccount(client, { password: defaultTestPassword, confirmation: 'someone.else@example.com' })).toMatchObject({
      fieldErrors: [{ field: 'confirmation', code: 'INCORRECT' }],
    });
    expect(await deleteAccount(client, { password: 'not my password at all', confirmation: user.email.toUpperCase() })).toMatchObject({
      fieldErrors: [{ field: 'password', code: 'INCORRECT' }],
    });

    expect((await client.data(MeDocument)).me).toMatchObject({ id: user.id, email: user.email });
    expect((await client.data(BookingDocument, { id: booking.id })).booking).toMatchObject({ status: 'CONFIRMED' });
    expectType(await signIn(user.email), 'SignInSuccess');
  });

  it('cancels a client’s upcoming paid booking with the policy’s refund, anonymises them and keeps what others and the law need', async () => {
    const user = await createUser(db(), { email: 'leaving.client@example.com' });
    const client = await signInAs(t, user);
    const expert = await bookableExpert(t, { prices: [perSession], policy: 'STRICT' });
    // Ten days ahead under STRICT: half comes back.
    const upcoming = await bookAndPay(client, expert.offerings[0]!.id, '2048-03-12T09:00:00Z');
    const past = await pastPaidSession(t, clock, '2048-03-03T09:00:00Z', { client, expert });
    expect((await client.data(AccountDeletionTermsDocument)).accountDeletionTerms).toEqual({ upcomingBookings: 1, expert: false });
    const key = expectType(
      (await client.data(CreateApiKeyDocument, { input: { name: 'My app', scopes: ['CATALOG_READ'] } })).createApiKey,
      'CreateApiKeySuccess',
    );
    const hooks = { url: 'https://partner.example/hooks', description: '', eventTypes: ['BOOKING_CONFIRMED' as const] };
    expectType((await client.data(CreateWebhookEndpointDocument, { input: hooks })).createWebhookEndpoint, 'WebhookEndpointSecretPayload');

    const deleted = expectType(
      await deleteAccount(client, { password: defaultTestPassword, confirmation: ` ${user.email.toUpperCase()} ` }),
      'DeleteAccountSuccess',
    );
    expect(deleted.cancelledBookings).toBe(1);
    expect((await client.data(MeDocument)).me).toBeNull(); // signed out
    expect(await signIn(user.email)).toMatchObject({ __typename: 'InvalidCredentialsError', code: 'INVALID_CREDENTIALS' });
    // Their API keys stop working at once, and their webhook endpoints are gone.
    expect((await t.client({ authorization: `Bearer ${key.secret}` }).raw({ query: '{ me { id } }' })).status).toBe(401);
    expect((await db().execute(sql`select count(*)::int as n from webhook_endpoints where user_id = ${user.id}`))[0]).toEqual({ n: 0 });

    // The expert sees the cancellation and the refund, with the client shown as deleted.
    expect((await expert.client.data(BookingDocument, { id: upcoming.id })).booking).toMatchObject({
      status: 'CANCELLED',
      cancelledBy: 'USER',
      refundPercent: 50,
      user: { id: user.id, deleted: true, displayName: 'Deleted user' },
    });
    await expect.poll(() => refunded(expert.client, upcoming.id), { timeout: 10_000 }).toBe(2250);
    // The past session stays readable by the other party; the review stays published, its author deleted.
    expect((await expert.client.data(BookingDocument, { id: past.booking.id })).booking).toMatchObject({
      status: 'COMPLETED',
      user: { deleted: true },
    });
    const reviews = (await t.client().data(ExpertReviewsDocument, { slug: expert.expert.slug })).expert!.reviews.edges.map((e) => e.node);
    expect(reviews).toEqual([expect.objectContaining({ body: past.review.body, authorDeleted: true, authorName: 'Deleted user' })]);
    // Their chat message is replaced by a marker; the recording of the session is gone.
    const room = (await expert.client.data(SessionRoomDocument, { bookingId: past.booking.id })).sessionRoom!;
    expect(room.messages).toEqual([expect.objectContaining({ deleted: true, body: '' })]);
    expect(room.recordings).toEqual([]);

    // Payment records are kept with their amounts; nothing personal is left on the account or in the mail log.
    const [payment] = await db().execute<{ amount_minor: string; captured_minor: string }>(
      sql`select amount_minor, captured_minor from payments where booking_id = ${past.booking.id}`,
    );
    expect(payment).toMatchObject({ amount_minor: '4500', captured_minor: '4500' });
    const [row] = await db().execute<{ email: string; display_name: string; roles: string; deleted_at: string | null }>(
      sql`select email, display_name, roles::text, deleted_at from users where id = ${user.id}`,
    );
    expect(row).toMatchObject({
      email: expect.stringMatching(/^deleted-[0-9a-f-]{36}@deleted\.invalid$/),
      display_name: 'Deleted user',
      roles: '{}',
      deleted_at: expect.any(String),
    });
    expect(await db().execute(sql`select 1 from outgoing_mail where lower(to_address) = ${user.email}`)).toHaveLength(0);
    const audit = await db().execute<{ details: unknown; reason: string | null }>(
      sql`select details, reason from audit_log where action = 'ACCOUNT_DELETED' and target_id = ${user.id}`,
    );
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit[0])).not.toContain(user.email);

    // The address may open a new account.
    expectType(
      (
        await t.client().data(SignUpDocument, {
          input: {
            email: user.email,
            password: 'a brand new password',
            displayName: 'Back again',
            locale: 'en',
            timeZone: 'Europe/Paris',
          },
        })
      ).signUp,
      'SignUpSuccess',
    );
  });

  it('takes a deleting expert off the site and search, and refunds their clients in full', async () => {
    const expert = await bookableExpert(t, { prices: [perSession], policy: 'STRICT' });
    const client = await signedInUser(t);
    // Two days ahead under STRICT a client would get nothing back; the expert leaving refunds everything.
    const booking = await bookAndPay(client, expert.offerings[0]!.id, '2048-03-04T09:00:00Z');
    const found = async () => {
      const result = (await t.client().data(SearchExpertsDocument, { input: { query: expert.expert.displayName } })).searchExperts;
      return expectType(result, 'ExpertSearchConnection').edges.some((e) => e.node.expert.id === expert.expert.id);
    };
    await requestIndexing(db(), [expert.expert.id]); // factories write the catalogue directly
    await expect.poll(found, { timeout: 10_000 }).toBe(true);
    expect((await expert.client.data(AccountDeletionTermsDocument)).accountDeletionTerms).toEqual({ upcomingBookings: 1, expert: true });

    expectType(
      await deleteAccount(expert.client, { password: defaultTestPassword, confirmation: expert.user.email }),
      'DeleteAccountSuccess',
    );

    expect((await client.data(BookingDocument, { id: booking.id })).booking).toMatchObject({
      status: 'CANCELLED',
      cancelledBy: 'EXPERT',
      refundPercent: 100,
    });
    await expect.poll(() => refunded(client, booking.id), { timeout: 10_000 }).toBe(4500);
    expect((await t.client().data(ExpertProfileDocument, { slug: expert.expert.slug })).expert).toBeNull();
    await expect.poll(found, { timeout: 10_000 }).toBe(false);
    expect(await signIn(expert.user.email)).toMatchObject({ code: 'INVALID_CREDENTIALS' });

    // Admins see the profile as a deleted account, which no moderation can bring back.
    const admin = await signInAs(t, await createUser(db(), { roles: ['USER', 'ADMIN'] }));
    const listed = (await admin.data(AdminExpertsDocument, { status: 'DELETED', first: 50 })).adminExperts.edges.map((e) => e.node);
    expect(listed.find((e) => e.id === expert.expert.id)).toMatchObject({ status: 'DELETED', displayName: 'Deleted user', headline: '' });
    const reinstated = await admin.execute(ReinstateExpertDocument, { input: { expertId: expert.expert.id } });
    expect(reinstated.errors?.[0]).toMatchObject({
      message: 'This expert deleted their account: the profile cannot be reinstated.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(
      (await admin.data(AdminExpertsDocument, { status: 'DELETED', first: 50 })).adminExperts.edges.some(
        (e) => e.node.id === expert.expert.id,
      ),
    ).toBe(true);
    await expect.poll(found, { timeout: 2_000 }).toBe(false);
  });
});
