import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuditLogDocument,
  BookSlotDocument,
  BookingBillingDocument,
  CancelBookingDocument,
  CompleteOfflineCheckoutDocument,
  DecideRefundRequestDocument,
  DevMailboxDocument,
  MeDocument,
  MyBookingChangedDocument,
  MyEarningsDocument,
  OfflineCheckoutDocument,
  PayBookingDocument,
  PaymentProviderDocument,
  PlatformRevenueDocument,
  RefundRequestsDocument,
  RequestRefundDocument,
  RespondToRefundRequestDocument,
  type BookingBillingQuery,
  type MyBookingChangedSubscription,
} from '@skillcall/schema';
import { expectType, subscribe, type TestClient, type TestSubscription } from '../../../test/graphql-client';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { bookableExpert, signInAs, signedInUser } from '../../../test/booking-fixtures';
import { holdSession } from '../../../test/session-fixtures';
import { createLoaders } from '../../loaders';
import { createLogger } from '../../platform/logger';
import { systemContext } from '../../platform/system-context';
import { createUser } from '../../seed/factories';
import { startApp } from '../../app';
import { expireHold } from '../bookings/booking-changes.service';
import { reconcilePendingPayments } from './payment.reconcile';
import { bookInstantSession } from '../bookings/booking.service';
import { inTransaction } from '../../platform/context';
import { bookingsTopic } from '../bookings/booking.events';
import { accountBalances, accounts, bookingEntries, unsettledBookings } from './ledger';
import type { OfflinePaymentProvider } from './offline-provider';
import { closeSessionIfDue } from '../sessions/session.service';
import type { StoredPrice } from '../experts/application.content';

// Monday 2 March 2048, 07:00 in Paris; the experts keep Paris office hours.
const start = new Date('2048-03-02T06:00:00Z');
const clock = new ManualClock(start);
let t: TestApp;
let admin: TestClient;

beforeAll(async () => {
  t = await startTestApp({ REFUND_REVIEW_AFTER: '1', REFUND_REVIEW_WINDOW_DAYS: '30' }, clock);
  admin = await signInAs(t, await createUser(t.app.database.db, { roles: ['USER', 'ADMIN'] }));
});
afterAll(() => t.close());

const db = () => t.app.database.db;
const system = () =>
  systemContext({ config: t.config, logger: createLogger(t.config), clock, db: db(), adapters: t.app.adapters, createLoaders }, 'test');
type LivePayment = {
  myBookingChanged: { booking: { id: string; status: string; payment: { status: string; refunded: { amountMinor: number } } | null } };
};

const perSession = { model: 'PER_SESSION' as const, amountMinor: 4500, currency: 'EUR', durationMinutes: 60 };

async function book(user: TestClient, price: StoredPrice, startsAt: string, policy: 'FLEXIBLE' | 'MODERATE' | 'STRICT' = 'FLEXIBLE') {
  const expert = await bookableExpert(t, { prices: [price], policy });
  const result = (await user.data(BookSlotDocument, { input: { offeringId: expert.offerings[0]!.id, startsAt, timeZone: 'Europe/Paris' } }))
    .bookSlot;
  return { expert, booking: expectType(result, 'BookingSuccess').booking };
}

async function openCheckout(user: TestClient, bookingId: string): Promise<string> {
  const checkout = expectType((await user.data(PayBookingDocument, { input: { bookingId } })).payBooking, 'PaymentCheckout');
  return checkout.url.split('/').pop()!;
}

async function pay(user: TestClient, bookingId: string) {
  const checkoutId = await openCheckout(user, bookingId);
  return (await user.data(CompleteOfflineCheckoutDocument, { input: { checkoutId, pay: true } })).completeOfflineCheckout;
}

const billingOf = async (client: TestClient, bookingId: string) => (await client.data(BookingBillingDocument, { id: bookingId })).booking!;
const refundedMinor = async (client: TestClient, bookingId: string) => (await billingOf(client, bookingId)).payment?.refunded.amountMinor;
type Billing = NonNullable<BookingBillingQuery['booking']>;

/** The live events a participant's open booking page receives, once the server listens for them. */
async function liveBookings(client: TestClient): Promise<TestSubscription<MyBookingChangedSubscription>> {
  const topic = bookingsTopic((await client.data(MeDocument)).me!.id);
  const listening = t.app.adapters.events.listenerCount(topic);
  const live = subscribe(client, MyBookingChangedDocument);
  await expect.poll(() => t.app.adapters.events.listenerCount(topic)).toBe(listening + 1);
  return live;
}

/** Does what the open booking page does: refetches the booking on each of its events, until it shows `expected`. */
async function pageFollows(
  live: TestSubscription<MyBookingChangedSubscription>,
  client: TestClient,
  bookingId: string,
  expected: (billing: Billing) => boolean,
) {
  const deadline = Date.now() + 5_000;
  for (;;) {
    await live.until((d) => d.myBookingChanged.booking.id === bookingId, Math.max(1, deadline - Date.now()));
    if (expected(await billingOf(client, bookingId))) return;
  }
}

const balance = async (account: string) => (await accountBalances(db(), account)).find((b) => b.account === account)?.balanceMinor ?? 0;

describe('paying a booking with the offline provider', () => {
  it('says no real money moves, confirms the booking once paid, and books the 20% commission and the expert’s share', async () => {
    expect((await t.client().data(PaymentProviderDocument)).paymentProvider).toEqual({ name: 'OFFLINE', movesRealMoney: false });
    const user = await signedInUser(t);
    const { booking, expert } = await book(user, perSession, '2048-03-05T08:00:00Z');
    expect(booking.status).toBe('PENDING_PAYMENT');

    const checkoutId = await openCheckout(user, booking.id);
    expect(await openCheckout(user, booking.id)).toBe(checkoutId);
    const stranger = await signedInUser(t);
    expect((await stranger.data(OfflineCheckoutDocument, { id: checkoutId })).offlineCheckout).toBeNull();
    expect((await user.data(OfflineCheckoutDocument, { id: checkoutId })).offlineCheckout).toMatchObject({
      bookingId: booking.id,
      amount: { amountMinor: 4500, currency: 'EUR' },
      authorizeOnly: false,
      status: 'open',
    });

    const declined = (await user.data(CompleteOfflineCheckoutDocument, { input: { checkoutId, pay: false } })).completeOfflineCheckout;
    expect(declined).toMatchObject({ status: 'PENDING_PAYMENT', payment: { status: 'PENDING', captured: { amountMinor: 0 } } });

    const paid = await pay(user, booking.id);
    expect(paid).toMatchObject({
      status: 'CONFIRMED',
      payment: {
        status: 'CAPTURED',
        movesRealMoney: false,
        captured: { amountMinor: 4500 },
        platformFee: { amountMinor: 900 },
        expertShare: { amountMinor: 3600 },
        checkoutUrl: null,
      },
    });
    expect((await user.data(PayBookingDocument, { input: { bookingId: booking.id } })).payBooking).toMatchObject({
      code: 'PAYMENT_NOT_POSSIBLE',
    });

    expect(await balance(accounts.expert(expert.expert.id))).toBe(-3600);
    const entries = await bookingEntries(db(), booking.id);
    expect(entries.map((e) => e.kind).sort()).toEqual(['CHARGE', 'CHARGE', 'FEE', 'FEE', 'TRANSFER', 'TRANSFER']);
    expect(entries.reduce((sum, e) => sum + e.amountMinor, 0)).toBe(0);
    expect(await unsettledBookings(db())).not.toContain(booking.id);

    const earnings = (await expert.client.data(MyEarningsDocument)).myEarnings;
    expect(earnings).toEqual([
      {
        currency: 'EUR',
        earned: { amountMinor: 3600, currency: 'EUR' },
        pending: { amountMinor: 3600, currency: 'EUR' },
        paid: { amountMinor: 0, currency: 'EUR' },
      },
    ]);
  });

  it('shows each live event the payment as it is then, not as it was at the subscription’s first event', async () => {
    const user = await signedInUser(t);
    const topic = bookingsTopic((await user.data(MeDocument)).me!.id);
    const listening = t.app.adapters.events.listenerCount(topic);
    // A partner's subscription that reads the payment in the event itself (through the request's loaders).
    const live = subscribe(
      user,
      parse('subscription { myBookingChanged { booking { id status payment { status refunded { amountMinor } } } } }') as TypedDocumentNode<
        LivePayment,
        Record<string, never>
      >,
    );
    await expect.poll(() => t.app.adapters.events.listenerCount(topic)).toBe(listening + 1);
    const { booking } = await book(user, perSession, '2048-03-09T08:00:00Z', 'MODERATE');
    await pay(user, booking.id);
    await live.until((d) => d.myBookingChanged.booking.payment?.status === 'CAPTURED');
    expectType((await user.data(CancelBookingDocument, { input: { bookingId: booking.id } })).cancelBooking, 'BookingSuccess');
    const refunded = await live.until((d) => (d.myBookingChanged.booking.payment?.refunded.amountMinor ?? 0) > 0, 10_000);
    expect(refunded.myBookingChanged.booking).toMatchObject({ status: 'CANCELLED', payment: { refunded: { amountMinor: 4500 } } });
    await live.close();
  });

  it('emails the user a PDF receipt and serves it to the participants only', async () => {
    const user = await signedInUser(t);
    const { booking, expert } = await book(user, perSession, '2048-03-05T10:00:00Z');
    const paid = await pay(user, booking.id);
    const receiptUrl = paid.payment!.receiptUrl!;
    expect(receiptUrl).toBe(`${t.config.publicUrl}/receipts/${paid.payment!.id}.pdf`);
    const path = new URL(receiptUrl).pathname;
    const download = (client: TestClient | null) => fetch(`${t.url}${path}`, { headers: client ? { cookie: client.cookieHeader } : {} });

    const own = await download(user);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await own.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect((await download(expert.client)).status).toBe(200);
    expect((await download(await signedInUser(t))).status).toBe(404);
    expect((await download(null)).status).toBe(401);

    const email = (await user.data(BookingBillingDocument, { id: booking.id })).booking!;
    expect(email.payment?.status).toBe('CAPTURED');
    await expect
      .poll(
        async () =>
          (await admin.data(DevMailboxDocument, { first: 50 })).devMailbox.edges
            .map((e) => e.node)
            .find((m) => m.template === 'paymentReceipt' && m.text.includes(expert.expert.displayName)),
        { timeout: 10_000 },
      )
      .toMatchObject({
        // The amount as the reader's language writes it, and the guarantee for a session still ahead.
        subject: expect.stringContaining('€45.00'),
        text: expect.stringContaining(
          'Not satisfied? Within 72 hours after the session you can ask for a full refund on the booking page.',
        ),
        attachments: [{ contentType: 'application/pdf', encoding: 'base64', content: expect.stringMatching(/^JVBER/) }],
      });
  });

  it('gives back what the cancellation policy says, taking the fee and the expert’s share back in proportion', async () => {
    const user = await signedInUser(t);
    // Three days ahead under MODERATE, past the hour of grace after booking: half back.
    const { booking, expert } = await book(user, perSession, '2048-03-05T12:00:00Z', 'MODERATE');
    await pay(user, booking.id);
    clock.advance(61 * 60_000);
    const cancelled = expectType(
      (await user.data(CancelBookingDocument, { input: { bookingId: booking.id } })).cancelBooking,
      'BookingSuccess',
    ).booking;
    expect(cancelled.refundPercent).toBe(50);
    await expect.poll(() => refundedMinor(user, booking.id), { timeout: 10_000 }).toBe(2250);
    expect((await billingOf(user, booking.id)).payment).toMatchObject({
      platformFee: { amountMinor: 450 },
      expertShare: { amountMinor: 1800 },
    });
    expect(await balance(accounts.expert(expert.expert.id))).toBe(-1800);
    expect(await unsettledBookings(db())).not.toContain(booking.id);
    // No session will take place: the satisfaction guarantee is not offered.
    expect((await billingOf(user, booking.id)).guarantee).toBeNull();
    clock.set(start);
  });

  it('refunds in full a payment that arrives after the hold expired', async () => {
    const user = await signedInUser(t);
    const { booking, expert } = await book(user, perSession, '2048-03-05T14:00:00Z');
    const checkoutId = await openCheckout(user, booking.id);
    // The user pays at the provider just as the hold runs out.
    await (t.app.adapters.payments as OfflinePaymentProvider).completeCheckout(checkoutId, 'PAY');
    clock.advance(16 * 60_000);
    await expireHold(system(), booking.id);
    await expect.poll(() => refundedMinor(user, booking.id), { timeout: 10_000 }).toBe(4500);
    expect((await billingOf(user, booking.id)).status).toBe('EXPIRED');
    expect(await balance(accounts.expert(expert.expert.id))).toBe(0);
    expect(await unsettledBookings(db())).not.toContain(booking.id);
    clock.set(start);
  });

  it('confirms a booking paid while no instance heard of it (a crash), once an instance starts again', async () => {
    const user = await signedInUser(t);
    const { booking } = await book(user, perSession, '2048-03-05T09:00:00Z');
    const checkoutId = await openCheckout(user, booking.id);
    // The provider took the money; the process that would have heard of it died.
    await (t.app.adapters.payments as OfflinePaymentProvider).completeCheckout(checkoutId, 'PAY');
    expect((await billingOf(user, booking.id)).status).toBe('PENDING_PAYMENT');

    const restarted = await startApp({ config: t.config, logger: createLogger(t.config), databaseUrl: t.databaseUrl, clock });
    try {
      await expect.poll(async () => (await billingOf(user, booking.id)).status, { timeout: 10_000 }).toBe('CONFIRMED');
      expect((await billingOf(user, booking.id)).payment?.status).toBe('CAPTURED');
    } finally {
      await restarted.close();
    }
  });

  it('confirms such a payment on the minute’s sweep of pending payments, and leaves unpaid checkouts pending', async () => {
    const user = await signedInUser(t);
    const paid = await book(user, perSession, '2048-03-05T10:00:00Z');
    const unpaid = await book(user, perSession, '2048-03-05T15:00:00Z');
    await (t.app.adapters.payments as OfflinePaymentProvider).completeCheckout(await openCheckout(user, paid.booking.id), 'PAY');
    await openCheckout(user, unpaid.booking.id);

    await reconcilePendingPayments(system());
    await expect.poll(async () => (await billingOf(user, paid.booking.id)).status, { timeout: 10_000 }).toBe('CONFIRMED');
    expect((await billingOf(user, unpaid.booking.id)).status).toBe('PENDING_PAYMENT');
  });
});

describe('the satisfaction guarantee', () => {
  it('refunds a completed session in full on request, once, and lets the expert answer once', async () => {
    const user = await signedInUser(t);
    const { booking, expert } = await book(user, perSession, '2048-03-02T09:00:00Z');
    await pay(user, booking.id);
    expect((await billingOf(user, booking.id)).guarantee).toEqual({ canRequestRefund: false, until: '2048-03-05T10:00:00.000Z' });
    expect(
      (await user.data(RequestRefundDocument, { input: { bookingId: booking.id, reason: 'It did not happen' } })).requestRefund,
    ).toMatchObject({ code: 'REFUND_NOT_ALLOWED' });
    await holdSession(clock, { user, expert: expert.client, bookingId: booking.id, from: '2048-03-02T09:00:00Z', seconds: 600 });
    expect((await billingOf(user, booking.id)).guarantee?.canRequestRefund).toBe(true);
    expect((await user.data(RequestRefundDocument, { input: { bookingId: booking.id, reason: ' ' } })).requestRefund).toMatchObject({
      __typename: 'InvalidInputError',
    });
    // The expert reads the reason and the user reads the answer: neither may carry contact details.
    const solicit = { bookingId: booking.id, reason: 'Refund me and call me on zero six twelve thirty-four fifty-six seventy-eight' };
    expect(expectType((await user.data(RequestRefundDocument, { input: solicit })).requestRefund, 'InvalidInputError').fieldErrors).toEqual(
      [expect.objectContaining({ field: 'reason', code: 'CONTACT_DETAILS' })],
    );
    const request = expectType(
      (await user.data(RequestRefundDocument, { input: { bookingId: booking.id, reason: 'The expert could not tune my guitar.' } }))
        .requestRefund,
      'RefundRequestSuccess',
    ).refundRequest;
    expect(request.status).toBe('GRANTED');
    await expect.poll(() => refundedMinor(user, booking.id), { timeout: 10_000 }).toBe(4500);
    // Granted at once: the user is told by email, as after an admin's decision.
    const email = (await user.data(MeDocument)).me!.email!;
    await expect
      .poll(async () => (await admin.data(DevMailboxDocument, { to: email })).devMailbox.edges.map((e) => e.node.template), {
        timeout: 10_000,
      })
      .toContain('refundGranted');
    expect(await balance(accounts.expert(expert.expert.id))).toBe(0);
    expect(await unsettledBookings(db())).not.toContain(booking.id);

    expect(
      (await user.data(RequestRefundDocument, { input: { bookingId: booking.id, reason: 'Again please' } })).requestRefund,
    ).toMatchObject({ code: 'REFUND_NOT_ALLOWED' });
    const answer = { refundRequestId: request.id, response: 'Sorry, my tuner broke.' };
    const outside = { refundRequestId: request.id, response: 'Sorry! Pay me directly next time: jean (at) gmail (dot) com' };
    expect(
      expectType((await expert.client.data(RespondToRefundRequestDocument, { input: outside })).respondToRefundRequest, 'InvalidInputError')
        .fieldErrors,
    ).toEqual([expect.objectContaining({ field: 'response', code: 'CONTACT_DETAILS' })]);
    expect((await user.execute(RespondToRefundRequestDocument, { input: answer })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await expert.client.data(RespondToRefundRequestDocument, { input: answer })).respondToRefundRequest).toMatchObject({
      refundRequest: { expertResponse: 'Sorry, my tuner broke.' },
    });
    expect((await expert.client.data(RespondToRefundRequestDocument, { input: answer })).respondToRefundRequest).toMatchObject({
      code: 'REFUND_NOT_ALLOWED',
    });
    expect((await billingOf(expert.client, booking.id)).refundRequest).toMatchObject({
      reason: 'The expert could not tune my guitar.',
      expertResponse: 'Sorry, my tuner broke.',
    });
    clock.set(start);
  });

  it('closes 72 hours after the session’s end', async () => {
    const user = await signedInUser(t);
    const { booking, expert } = await book(user, perSession, '2048-03-02T13:00:00Z');
    await pay(user, booking.id);
    await holdSession(clock, { user, expert: expert.client, bookingId: booking.id, from: '2048-03-02T13:00:00Z', seconds: 600 });
    clock.set(new Date('2048-03-05T14:00:01Z'));
    expect((await billingOf(user, booking.id)).guarantee).toEqual({ canRequestRefund: false, until: '2048-03-05T14:00:00.000Z' });
    expect(
      (await user.data(RequestRefundDocument, { input: { bookingId: booking.id, reason: 'Too late, I know' } })).requestRefund,
    ).toMatchObject({ code: 'REFUND_NOT_ALLOWED' });
    clock.set(start);
  });

  it('sends a user’s repeated requests to the admins, who grant or decline them (audit-logged)', async () => {
    const user = await signedInUser(t);
    const sessions: Awaited<ReturnType<typeof book>>[] = [];
    for (const startsAt of ['2048-03-02T10:00:00Z', '2048-03-02T12:00:00Z', '2048-03-02T14:00:00Z'])
      sessions.push(await book(user, perSession, startsAt));
    for (const { booking } of sessions) await pay(user, booking.id);
    for (const { booking, expert } of sessions)
      await holdSession(clock, { user, expert: expert.client, bookingId: booking.id, from: booking.startsAt, seconds: 60 });
    clock.set(new Date('2048-03-02T16:00:00Z'));
    const ask = async (bookingId: string) =>
      expectType(
        (await user.data(RequestRefundDocument, { input: { bookingId, reason: 'Not what I hoped for.' } })).requestRefund,
        'RefundRequestSuccess',
      ).refundRequest;

    expect((await ask(sessions[0]!.booking.id)).status).toBe('GRANTED');
    // Both sides have the booking pages open: each change below reaches the other side live.
    const [userLive, secondExpertLive, thirdExpertLive] = await Promise.all([
      liveBookings(user),
      liveBookings(sessions[1]!.expert.client),
      liveBookings(sessions[2]!.expert.client),
    ]);
    const second = await ask(sessions[1]!.booking.id);
    const third = await ask(sessions[2]!.booking.id);
    expect(second).toMatchObject({ status: 'PENDING_ADMIN', earlierRequestCount: 1, reviewWindowDays: 30 });
    expect(third).toMatchObject({ status: 'PENDING_ADMIN', earlierRequestCount: 2, reviewWindowDays: 30 });
    await pageFollows(secondExpertLive, sessions[1]!.expert.client, second.bookingId, (b) => b.refundRequest?.status === 'PENDING_ADMIN');
    await pageFollows(thirdExpertLive, sessions[2]!.expert.client, third.bookingId, (b) => b.refundRequest?.status === 'PENDING_ADMIN');
    // The user's pages had these events too: none is left over to answer for the next change.
    for (const request of [second, third])
      await pageFollows(userLive, user, request.bookingId, (b) => b.refundRequest?.status === 'PENDING_ADMIN');
    const answer = { refundRequestId: second.id, response: 'We did cover the whole programme.' };
    expectType(
      (await sessions[1]!.expert.client.data(RespondToRefundRequestDocument, { input: answer })).respondToRefundRequest,
      'RefundRequestSuccess',
    );
    await pageFollows(userLive, user, second.bookingId, (b) => b.refundRequest?.expertResponse === answer.response);
    expect((await user.execute(RefundRequestsDocument, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const queue = (await admin.data(RefundRequestsDocument, { first: 100 })).refundRequests.edges.map((e) => e.node.id);
    expect(queue).toEqual(expect.arrayContaining([second.id, third.id]));

    expect(
      (await admin.data(DecideRefundRequestDocument, { input: { refundRequestId: second.id, grant: true, note: 'Granted once more.' } }))
        .decideRefundRequest,
    ).toMatchObject({ refundRequest: { status: 'GRANTED' } });
    // The refund completes in the background, and both pages follow it.
    await pageFollows(userLive, user, second.bookingId, (b) => b.payment?.refunded.amountMinor === 4500);
    await pageFollows(secondExpertLive, sessions[1]!.expert.client, second.bookingId, (b) => b.payment?.refunded.amountMinor === 4500);
    expect(
      (await admin.data(DecideRefundRequestDocument, { input: { refundRequestId: third.id, grant: false, note: 'Three in one day.' } }))
        .decideRefundRequest,
    ).toMatchObject({ refundRequest: { status: 'DECLINED', decisionNote: 'Three in one day.' } });
    await pageFollows(userLive, user, third.bookingId, (b) => b.refundRequest?.decisionNote === 'Three in one day.');
    await pageFollows(thirdExpertLive, sessions[2]!.expert.client, third.bookingId, (b) => b.refundRequest?.status === 'DECLINED');
    await Promise.all([userLive, secondExpertLive, thirdExpertLive].map((live) => live.close()));
    expect(
      (await admin.data(DecideRefundRequestDocument, { input: { refundRequestId: third.id, grant: true } })).decideRefundRequest,
    ).toMatchObject({ code: 'REFUND_NOT_ALLOWED' });

    expect(await refundedMinor(user, sessions[1]!.booking.id)).toBe(4500);
    expect(await refundedMinor(user, sessions[2]!.booking.id)).toBe(0);
    const audit = (await admin.data(AuditLogDocument, { targetId: second.id })).auditLog.edges.map((e) => e.node.action);
    expect(audit).toEqual(['REFUND_GRANTED']);
    const revenue = (await admin.data(PlatformRevenueDocument)).platformRevenue.find((r) => r.currency === 'EUR')!;
    expect(revenue.charged.amountMinor - revenue.refunded.amountMinor).toBe(revenue.revenue.amountMinor + revenue.expertShare.amountMinor);
    clock.set(start);
  });
});

describe('per-minute sessions', () => {
  const perMinute = { model: 'PER_MINUTE' as const, amountMinor: 150, currency: 'EUR', minMinutes: 15, maxMinutes: 30 };

  it('authorises the maximum, then charges only the connected minutes, rounded up', async () => {
    const user = await signedInUser(t);
    const { booking, expert } = await book(user, perMinute, '2048-03-03T09:00:00Z');
    const checkoutId = await openCheckout(user, booking.id);
    expect((await user.data(OfflineCheckoutDocument, { id: checkoutId })).offlineCheckout).toMatchObject({
      amount: { amountMinor: 4500 },
      authorizeOnly: true,
    });
    const paid = (await user.data(CompleteOfflineCheckoutDocument, { input: { checkoutId, pay: true } })).completeOfflineCheckout;
    expect(paid).toMatchObject({
      status: 'CONFIRMED',
      payment: { status: 'AUTHORIZED', amount: { amountMinor: 4500 }, captured: { amountMinor: 0 } },
    });
    expect(await bookingEntries(db(), booking.id)).toEqual([]);

    expect(
      await holdSession(clock, { user, expert: expert.client, bookingId: booking.id, from: '2048-03-03T09:00:00Z', seconds: 125 }),
    ).toMatchObject({ connectedSeconds: 125, billedMinutes: 3 });
    await expect.poll(async () => (await billingOf(user, booking.id)).payment?.captured.amountMinor, { timeout: 10_000 }).toBe(450);
    expect((await billingOf(user, booking.id)).payment).toMatchObject({
      status: 'CAPTURED',
      platformFee: { amountMinor: 90 },
      expertShare: { amountMinor: 360 },
    });
    expect(await balance(accounts.expert(expert.expert.id))).toBe(-360);
    clock.set(start);
  });

  it('charges nothing for a help-now per-minute booking cancelled before both connected: the hold is released', async () => {
    const user = await signedInUser(t);
    const { offerings } = await bookableExpert(t, { prices: [perMinute], policy: 'STRICT' });
    const userId = (await user.data(MeDocument)).me!.id;
    // The expert accepted the request: the booking starts now (as answerHelpRequest makes it).
    const booking = await inTransaction(system(), (tx) =>
      bookInstantSession(tx, { offeringId: offerings[0]!.id, userId, userTimeZone: 'Europe/Paris' }),
    );
    if (!('id' in booking)) throw new Error(`Expected a booking, got ${booking.code}`);
    expect(await pay(user, booking.id)).toMatchObject({ payment: { status: 'AUTHORIZED', amount: { amountMinor: 4500 } } });
    const cancelled = expectType(
      (await user.data(CancelBookingDocument, { input: { bookingId: booking.id } })).cancelBooking,
      'BookingSuccess',
    );
    expect(cancelled.booking).toMatchObject({ status: 'CANCELLED', refundPercent: 100 });
    await expect.poll(async () => (await billingOf(user, booking.id)).payment?.status, { timeout: 10_000 }).toBe('CANCELED');
    expect((await billingOf(user, booking.id)).payment?.captured.amountMinor).toBe(0);
    expect(await bookingEntries(db(), booking.id)).toEqual([]);
  });

  it('releases the whole authorisation when nobody connected, and when cancelled in time', async () => {
    const user = await signedInUser(t);
    const unattended = await book(user, perMinute, '2048-03-03T13:00:00Z');
    const cancelled = await book(user, perMinute, '2048-03-06T13:00:00Z');
    await pay(user, unattended.booking.id);
    await pay(user, cancelled.booking.id);

    expectType((await user.data(CancelBookingDocument, { input: { bookingId: cancelled.booking.id } })).cancelBooking, 'BookingSuccess');
    // Nobody comes: at the booked end the session closes as a no-show and nothing is charged.
    clock.set(new Date('2048-03-03T13:30:00Z'));
    await closeSessionIfDue(system(), unattended.booking.id);
    for (const { booking } of [unattended, cancelled]) {
      await expect.poll(async () => (await billingOf(user, booking.id)).payment?.status, { timeout: 10_000 }).toBe('CANCELED');
      expect(await bookingEntries(db(), booking.id)).toEqual([]);
    }
    clock.set(start);
  });
});
