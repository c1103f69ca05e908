import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Stripe from 'stripe';
import { sql } from 'drizzle-orm';
import {
  BookSlotDocument,
  BookingBillingDocument,
  CancelBookingDocument,
  MyPayoutAccountDocument,
  PayBookingDocument,
  PaymentProviderDocument,
  RefreshPaymentDocument,
  StartPayoutOnboardingDocument,
} from '@skillcall/schema';
import { FakeStripe } from '../../../test/fake-stripe';
import { expectType, type TestClient } from '../../../test/graphql-client';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { bookableExpert, signedInUser } from '../../../test/booking-fixtures';
import type { StoredPrice } from '../experts/application.content';
import { bookingEntries } from './ledger';
import { holdSession } from '../../../test/session-fixtures';
import { StripePaymentProvider } from './stripe-provider';
import { reconcilePendingPayments } from './payment.reconcile';
import { createLoaders } from '../../loaders';
import { createLogger } from '../../platform/logger';
import { systemContext } from '../../platform/system-context';

const secret = 'whsec_test_skillcall';
const start = new Date('2048-03-02T06:00:00Z');
const clock = new ManualClock(start);
const stripe = new FakeStripe();
const signer = new Stripe('sk_test_signer');
let t: TestApp;

beforeAll(async () => {
  await stripe.start();
  t = await startTestApp({ STRIPE_SECRET_KEY: 'sk_test_skillcall', STRIPE_WEBHOOK_SECRET: secret }, clock, (adapters) => ({
    ...adapters,
    payments: new StripePaymentProvider({ secretKey: 'sk_test_skillcall', host: stripe.host }),
  }));
});
afterAll(async () => {
  await t.close();
  await stripe.close();
});

const perSession: StoredPrice = { model: 'PER_SESSION', amountMinor: 4500, currency: 'EUR', durationMinutes: 60 };
let eventCount = 0;

function webhook(type: string, object: object, options: { secret?: string; timestamp?: number; tamper?: boolean; id?: string } = {}) {
  const payload = JSON.stringify({
    id: options.id ?? `evt_${++eventCount}`,
    object: 'event',
    type,
    created: Math.floor(Date.now() / 1000),
    data: { object },
  });
  const header = signer.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? secret, timestamp: options.timestamp });
  return fetch(`${t.url}/webhooks/stripe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': header },
    body: options.tamper ? payload.replace('"type"', '"type" ') : payload,
  });
}

/** An expert whose Stripe account finished onboarding (told by the account.updated webhook), and a user's held booking. */
async function heldBooking(price: StoredPrice, startsAt: string) {
  const expert = await bookableExpert(t, { prices: [price] });
  const user = await signedInUser(t);
  const booking = expectType(
    (await user.data(BookSlotDocument, { input: { offeringId: expert.offerings[0]!.id, startsAt, timeZone: 'Europe/Paris' } })).bookSlot,
    'BookingSuccess',
  ).booking;
  return { expert, user, booking };
}

async function onboard(expert: { client: TestClient; expert: { id: string } }) {
  const { url } = (await expert.client.data(StartPayoutOnboardingDocument)).startPayoutOnboarding;
  const accountId = url.split('/').pop()!;
  expect((await webhook('account.updated', { id: accountId, object: 'account' })).status).toBe(200);
  await expect
    .poll(async () => (await expert.client.data(MyPayoutAccountDocument)).myPayoutAccount?.chargesEnabled, { timeout: 10_000 })
    .toBe(true);
  return accountId;
}

async function checkout(user: TestClient, bookingId: string) {
  return expectType((await user.data(PayBookingDocument, { input: { bookingId } })).payBooking, 'PaymentCheckout');
}

const billing = async (client: TestClient, id: string) => (await client.data(BookingBillingDocument, { id })).booking!;

describe('the Stripe adapter, through the real SDK', () => {
  it('onboards experts on Connect Express and opens destination-charge checkouts with the platform’s fee', async () => {
    expect((await t.client().data(PaymentProviderDocument)).paymentProvider).toEqual({ name: 'STRIPE', movesRealMoney: true });
    const { expert, user, booking } = await heldBooking(perSession, '2048-03-05T08:00:00Z');
    expect((await user.data(PayBookingDocument, { input: { bookingId: booking.id } })).payBooking).toMatchObject({
      code: 'EXPERT_CANNOT_BE_PAID',
    });

    const accountId = await onboard(expert);
    const created = stripe.requests.find((r) => r.path === '/v1/accounts')!;
    expect(created).toMatchObject({
      idempotencyKey: `expert:${expert.expert.id}:payout-account`,
      body: { type: 'express', capabilities: { transfers: { requested: 'true' } }, metadata: { expertId: expert.expert.id } },
    });

    const first = await checkout(user, booking.id);
    expect(first.url).toMatch(/^https:\/\/checkout\.stripe\.test\/cs_test_/);
    expect((await checkout(user, booking.id)).url).toBe(first.url);
    const opened = stripe.requests.filter((r) => r.path === '/v1/checkout/sessions');
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({
      idempotencyKey: `booking:${booking.id}:checkout`,
      body: {
        mode: 'payment',
        line_items: [{ quantity: '1', price_data: { currency: 'eur', unit_amount: '4500' } }],
        payment_intent_data: {
          capture_method: 'automatic',
          application_fee_amount: '900',
          transfer_data: { destination: accountId },
          metadata: { bookingId: booking.id },
        },
        success_url: `${t.config.publicUrl}/bookings/${booking.id}?payment=done`,
      },
    });
  });

  it('refunds a cancellation with the transfer and the fee reversed, under a key derived from the booking', async () => {
    const { expert, user, booking } = await heldBooking(perSession, '2048-03-06T08:00:00Z');
    await onboard(expert);
    const sessionId = (await checkout(user, booking.id)).url.split('/').pop()!;
    const intent = stripe.pay(sessionId);
    expect((await user.data(BookingBillingDocument, { id: booking.id })).booking?.status).toBe('PENDING_PAYMENT');
    // Back from Stripe Checkout: the booking is confirmed without waiting for the webhook.
    expect((await user.data(RefreshPaymentDocument, { bookingId: booking.id })).refreshPayment).toMatchObject({
      status: 'CONFIRMED',
      payment: { status: 'CAPTURED' },
    });

    expectType((await user.data(CancelBookingDocument, { input: { bookingId: booking.id } })).cancelBooking, 'BookingSuccess');
    await expect.poll(async () => (await billing(user, booking.id)).payment?.refunded.amountMinor, { timeout: 10_000 }).toBe(4500);
    const refunds = stripe.requests.filter((r) => r.path === '/v1/refunds');
    expect(refunds).toEqual([
      expect.objectContaining({
        idempotencyKey: `booking:${booking.id}:refund:cancellation`,
        body: { payment_intent: intent.id, amount: '4500', reverse_transfer: 'true', refund_application_fee: 'true' },
      }),
    ]);
  });

  it('captures per-minute sessions for the connected minutes only, with the fee of that amount', async () => {
    const price: StoredPrice = { model: 'PER_MINUTE', amountMinor: 200, currency: 'USD', minMinutes: 15, maxMinutes: 30 };
    const { expert, user, booking } = await heldBooking(price, '2048-03-03T08:00:00Z');
    await onboard(expert);
    const sessionId = (await checkout(user, booking.id)).url.split('/').pop()!;
    expect(stripe.requests.filter((r) => r.path === '/v1/checkout/sessions').at(-1)!.body).toMatchObject({
      payment_intent_data: { capture_method: 'manual', application_fee_amount: '1200' },
    });
    const intent = stripe.pay(sessionId);
    expect(
      (await webhook('checkout.session.completed', { id: sessionId, object: 'checkout.session', metadata: { bookingId: booking.id } }))
        .status,
    ).toBe(200);
    await expect.poll(async () => (await billing(user, booking.id)).payment?.status, { timeout: 10_000 }).toBe('AUTHORIZED');

    await holdSession(clock, { user, expert: expert.client, bookingId: booking.id, from: '2048-03-03T08:00:00Z', seconds: 61 });
    await expect.poll(async () => (await billing(user, booking.id)).payment?.captured.amountMinor, { timeout: 10_000 }).toBe(400);
    expect(stripe.requests.filter((r) => r.path.endsWith('/capture'))).toEqual([
      expect.objectContaining({
        path: `/v1/payment_intents/${intent.id}/capture`,
        idempotencyKey: `booking:${booking.id}:capture`,
        body: { amount_to_capture: '400', application_fee_amount: '80' },
      }),
    ]);
    clock.set(start);
  });

  it('confirms a booking paid on Stripe Checkout while no instance heard of it (no webhook, no return), on the sweep of pending payments', async () => {
    const { expert, user, booking } = await heldBooking(perSession, '2048-03-09T08:00:00Z');
    await onboard(expert);
    const sessionId = (await checkout(user, booking.id)).url.split('/').pop()!;
    stripe.pay(sessionId);
    expect((await billing(user, booking.id)).status).toBe('PENDING_PAYMENT');

    const deps = {
      config: t.config,
      logger: createLogger(t.config),
      clock,
      db: t.app.database.db,
      adapters: t.app.adapters,
      createLoaders,
    };
    expect(await reconcilePendingPayments(systemContext(deps, 'test'))).toBeGreaterThanOrEqual(1);
    await expect
      .poll(
        async () => {
          const { status, payment } = await billing(user, booking.id);
          return { status, payment: payment?.status };
        },
        { timeout: 10_000 },
      )
      .toEqual({ status: 'CONFIRMED', payment: 'CAPTURED' });
  });
});

describe('POST /webhooks/stripe', () => {
  it('refuses tampered, wrongly signed and stale events with 400', async () => {
    const object = { id: 'cs_unknown', object: 'checkout.session' };
    expect((await webhook('checkout.session.completed', object, { tamper: true })).status).toBe(400);
    expect((await webhook('checkout.session.completed', object, { secret: 'whsec_someone_else' })).status).toBe(400);
    expect((await webhook('checkout.session.completed', object, { timestamp: Math.floor(Date.now() / 1000) - 3600 })).status).toBe(400);
    expect((await webhook('checkout.session.completed', object)).status).toBe(200);
  });

  it('reaches the same state whatever the order of the events, and ignores redeliveries', async () => {
    const outcomes = [];
    for (const order of [
      ['checkout.session.completed', 'payment_intent.succeeded', 'charge.refunded'],
      ['charge.refunded', 'payment_intent.succeeded', 'checkout.session.completed'],
    ]) {
      const { expert, user, booking } = await heldBooking(perSession, `2048-03-${String(outcomes.length + 9).padStart(2, '0')}T08:00:00Z`);
      await onboard(expert);
      const sessionId = (await checkout(user, booking.id)).url.split('/').pop()!;
      const intent = stripe.pay(sessionId);
      // A partial refund made in Stripe's dashboard.
      stripe.refundOutside(intent.id, 1000);
      const objects: Record<string, object> = {
        'checkout.session.completed': { id: sessionId, object: 'checkout.session', metadata: { bookingId: booking.id } },
        'payment_intent.succeeded': { id: intent.id, object: 'payment_intent', metadata: { bookingId: booking.id } },
        'charge.refunded': { id: `ch_${intent.id}`, object: 'charge', payment_intent: intent.id },
      };
      for (const type of order) {
        const id = `evt_${type}_${booking.id}`;
        expect((await webhook(type, objects[type]!, { id })).status).toBe(200);
        expect((await webhook(type, objects[type]!, { id })).status).toBe(200);
      }
      await expect.poll(async () => (await billing(user, booking.id)).payment?.refunded.amountMinor, { timeout: 10_000 }).toBe(1000);
      const stored = await t.app.database.db.execute(
        sql`select count(*)::int as n from provider_events where id like ${`evt_%_${booking.id}`}`,
      );
      expect(stored[0]).toEqual({ n: 3 });
      const seen = await billing(user, booking.id);
      const entries = await bookingEntries(t.app.database.db, booking.id);
      outcomes.push({
        status: seen.status,
        payment: {
          ...seen.payment,
          id: undefined,
          checkoutUrl: undefined,
          receiptUrl: undefined,
          // One invoice and one credit note whatever the order; their numbers follow the order of the runs.
          invoices: seen.payment?.invoices.map(({ kind, total, tax }) => ({ kind, total, tax })),
        },
        kinds: entries.map((e) => `${e.kind}:${e.account.split(':')[0]}:${e.amountMinor}`).sort(),
      });
    }
    expect(outcomes[0]).toMatchObject({
      status: 'CONFIRMED',
      payment: {
        status: 'CAPTURED',
        captured: { amountMinor: 4500 },
        refunded: { amountMinor: 1000 },
        // The refund made in Stripe's dashboard is credited against the invoice.
        invoices: [
          { kind: 'INVOICE', total: { amountMinor: 4500 } },
          { kind: 'CREDIT_NOTE', total: { amountMinor: 1000 } },
        ],
      },
    });
    expect(outcomes[1]).toEqual(outcomes[0]);
  });
});
