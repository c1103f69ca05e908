import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  BookSlotDocument,
  CancelBookingDocument,
  CompleteOfflineCheckoutDocument,
  CreateWebhookEndpointDocument,
  DeleteWebhookEndpointDocument,
  MyWebhookEndpointsDocument,
  PayBookingDocument,
  RedeliverWebhookDocument,
  RollWebhookSecretDocument,
  SendTestWebhookDocument,
  SubmitReviewDocument,
  UpdateWebhookEndpointDocument,
  type WebhookEventType,
} from '@skillcall/schema';
import { expectType, type TestClient } from '../../../test/graphql-client';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { bookableExpert, signedInUser } from '../../../test/booking-fixtures';
import { holdSession } from '../../../test/session-fixtures';
import { runScheduledJob } from '../../../test/jobs';
import { startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from '../../../test/webhook-receiver';
import type { BookingEventData, WebhookEvent } from './webhook.payload';
import { verifyWebhookSignature } from './webhook.policy';

// Monday 2 March 2048, 07:00 in Paris; the experts keep Paris office hours.
const start = new Date('2048-03-02T06:00:00Z');
const clock = new ManualClock(start);
let t: TestApp;
let receiver: WebhookReceiver;

beforeAll(async () => {
  // The receiver listens on 127.0.0.1: deliveries may reach it only because this says so.
  t = await startTestApp({ WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true' }, clock);
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await t.close();
  await receiver.close();
});
afterEach(() => clock.set(start));

const free = { model: 'FREE' as const, durationMinutes: 30 };

async function register(client: TestClient, path: string, eventTypes: WebhookEventType[]) {
  const created = (await client.data(CreateWebhookEndpointDocument, { input: { url: receiver.url(path), description: path, eventTypes } }))
    .createWebhookEndpoint;
  return expectType(created, 'WebhookEndpointSecretPayload');
}

async function endpointOf(client: TestClient, endpointId: string) {
  const endpoints = (await client.data(MyWebhookEndpointsDocument, { first: 50 })).myWebhookEndpoints;
  const endpoint = endpoints.find((e) => e.id === endpointId);
  if (!endpoint) throw new Error(`endpoint ${endpointId} not listed`);
  return { ...endpoint, deliveries: endpoint.deliveries.edges.map((e) => e.node) };
}

/** Waits until the endpoint's newest delivery has `attempts` attempts, and returns it. */
async function deliveryAfter(client: TestClient, endpointId: string, attempts: number) {
  await expect.poll(async () => (await endpointOf(client, endpointId)).deliveries[0]?.attempts.length, { timeout: 10_000 }).toBe(attempts);
  return (await endpointOf(client, endpointId)).deliveries[0]!;
}

const eventOf = (request: ReceivedWebhook) => JSON.parse(request.body) as WebhookEvent<BookingEventData>;
const verifies = (secret: string, request: ReceivedWebhook) =>
  verifyWebhookSignature(secret, String(request.headers['skillcall-signature']), request.body, 300, clock.now());
const retryKey = (deliveryId: string) => `webhook-delivery:${deliveryId}`;

describe('booking events', () => {
  it('sends a confirmed booking to the client’s and the expert’s subscribed endpoints, each signed with its own secret, and to nobody else', async () => {
    const expert = await bookableExpert(t, { prices: [free] });
    const [client, stranger] = [await signedInUser(t), await signedInUser(t)];
    const expertHook = await register(expert.client, '/expert', ['BOOKING_CONFIRMED']);
    const clientHook = await register(client, '/client', ['BOOKING_CREATED', 'BOOKING_CONFIRMED']);
    const unsubscribed = await register(client, '/client-cancellations', ['BOOKING_CANCELLED']);
    const strangerHook = await register(stranger, '/stranger', ['BOOKING_CREATED', 'BOOKING_CONFIRMED']);

    const booked = (
      await client.data(BookSlotDocument, {
        input: { offeringId: expert.offerings[0]!.id, startsAt: '2048-03-03T09:00:00Z', timeZone: 'Europe/Paris' },
      })
    ).bookSlot;
    const booking = expectType(booked, 'BookingSuccess').booking;
    await expect.poll(() => receiver.received('/expert').length + receiver.received('/client').length, { timeout: 10_000 }).toBe(3);

    const [toExpert] = receiver.received('/expert');
    const toClient = receiver.received('/client').find((r) => r.headers['skillcall-event-type'] === 'BOOKING_CONFIRMED')!;
    expect(toExpert!.headers).toMatchObject({
      'content-type': 'application/json',
      'user-agent': 'Skillcall-Webhooks/1',
      'skillcall-event-type': 'BOOKING_CONFIRMED',
    });
    expect(verifies(expertHook.secret, toExpert!)).toBe(true);
    expect(verifies(clientHook.secret, toClient)).toBe(true);
    expect(verifies(clientHook.secret, toExpert!)).toBe(false);

    const [expertEvent, clientEvent] = [eventOf(toExpert!), eventOf(toClient)];
    expect(expertEvent.id).toBe(clientEvent.id); // one event, two deliveries
    expect(clientEvent).toEqual({
      id: expect.any(String),
      type: 'BOOKING_CONFIRMED',
      createdAt: start.toISOString(),
      data: {
        booking: {
          id: booking.id,
          status: 'CONFIRMED',
          startsAt: '2048-03-03T09:00:00.000Z',
          endsAt: '2048-03-03T09:30:00.000Z',
          timeZone: 'Europe/Paris',
          offering: { id: expert.offerings[0]!.id, title: expect.any(String) },
          expert: { id: expert.expert.id, displayName: expert.expert.displayName },
          price: null,
          role: 'CLIENT',
        },
      },
    });
    expect(expertEvent.data.booking.role).toBe('EXPERT');
    expect(toExpert!.body).not.toMatch(/@/); // nobody's email
    expect(
      receiver
        .received('/client')
        .map((r) => r.headers['skillcall-event-type'])
        .sort(),
    ).toEqual(['BOOKING_CONFIRMED', 'BOOKING_CREATED']);

    const delivered = await deliveryAfter(expert.client, expertHook.endpoint.id, 1);
    expect(delivered).toMatchObject({
      id: toExpert!.headers['skillcall-webhook-id'],
      eventType: 'BOOKING_CONFIRMED',
      status: 'SUCCEEDED',
      nextAttemptAt: null,
    });
    expect(delivered.attempts[0]).toMatchObject({ responseStatus: 200, error: null, responseExcerpt: 'ok' });
    expect((await endpointOf(client, unsubscribed.endpoint.id)).deliveries).toEqual([]);
    expect((await endpointOf(stranger, strangerHook.endpoint.id)).deliveries).toEqual([]);
    expect(receiver.received('/stranger')).toEqual([]);
  });

  it('announces a paid booking’s creation, confirmation and refund, a completed session and its review', async () => {
    const paid = await bookableExpert(t, {
      prices: [{ model: 'PER_SESSION', amountMinor: 4500, currency: 'EUR', durationMinutes: 60 }],
      policy: 'FLEXIBLE',
    });
    const client = await signedInUser(t);
    const hook = await register(client, '/paid', ['BOOKING_CREATED', 'BOOKING_CONFIRMED', 'BOOKING_CANCELLED', 'BOOKING_REFUNDED']);
    const booking = expectType(
      (
        await client.data(BookSlotDocument, {
          input: { offeringId: paid.offerings[0]!.id, startsAt: '2048-03-05T08:00:00Z', timeZone: 'Europe/Paris' },
        })
      ).bookSlot,
      'BookingSuccess',
    ).booking;
    const checkout = expectType(
      (await client.data(PayBookingDocument, { input: { bookingId: booking.id } })).payBooking,
      'PaymentCheckout',
    );
    await client.data(CompleteOfflineCheckoutDocument, { input: { checkoutId: checkout.url.split('/').pop()!, pay: true } });
    await client.data(CancelBookingDocument, { input: { bookingId: booking.id } });
    await expect.poll(() => receiver.received('/paid').length, { timeout: 10_000 }).toBe(4);
    const events = receiver.received('/paid').map(eventOf);
    expect(events.map((e) => [e.type, e.data.booking.status])).toEqual(
      expect.arrayContaining([
        ['BOOKING_CREATED', 'PENDING_PAYMENT'],
        ['BOOKING_CONFIRMED', 'CONFIRMED'],
        ['BOOKING_CANCELLED', 'CANCELLED'],
        ['BOOKING_REFUNDED', 'CANCELLED'],
      ]),
    );
    expect(events.find((e) => e.type === 'BOOKING_REFUNDED')!.data).toMatchObject({
      booking: { price: { amountMinor: 4500, currency: 'EUR' } },
      refund: { amountMinor: 4500, currency: 'EUR' },
    });
    await expect
      .poll(async () => (await endpointOf(client, hook.endpoint.id)).deliveries.map((d) => d.status), { timeout: 10_000 })
      .toEqual(Array(4).fill('SUCCEEDED'));

    const held = await bookableExpert(t, { prices: [free] });
    const expertHook = await register(held.client, '/held', ['BOOKING_COMPLETED', 'REVIEW_PUBLISHED']);
    const session = expectType(
      (
        await client.data(BookSlotDocument, {
          input: { offeringId: held.offerings[0]!.id, startsAt: '2048-03-04T09:00:00Z', timeZone: 'Europe/Paris' },
        })
      ).bookSlot,
      'BookingSuccess',
    ).booking;
    await holdSession(clock, { user: client, expert: held.client, bookingId: session.id, from: '2048-03-04T09:00:00Z', seconds: 60 });
    const review = expectType(
      (await client.data(SubmitReviewDocument, { input: { bookingId: session.id, rating: 5, body: 'Clear and patient, thank you.' } }))
        .submitReview,
      'ReviewSuccess',
    ).review;
    await expect.poll(() => receiver.received('/held').length, { timeout: 10_000 }).toBe(2);
    const byType = Object.fromEntries(
      receiver.received('/held').map((r) => [r.headers['skillcall-event-type'], JSON.parse(r.body) as WebhookEvent]),
    );
    expect(byType.BOOKING_COMPLETED!.data).toMatchObject({ booking: { id: session.id, status: 'COMPLETED', role: 'EXPERT' } });
    expect(byType.REVIEW_PUBLISHED!.data).toEqual({
      review: { id: review.id, rating: 5, text: 'Clear and patient, thank you.', bookingId: session.id },
    });
    expect(verifies(expertHook.secret, receiver.received('/held')[1]!)).toBe(true);
  });
});

describe('deliveries', () => {
  it('retries a receiver answering 500 twice after 30 s then 2 min, and records the 3 attempts until it succeeds', async () => {
    const user = await signedInUser(t);
    const hook = await register(user, '/flaky', ['BOOKING_CONFIRMED']);
    receiver.answer('/flaky', 500, 500, 200);
    const ping = (await user.data(SendTestWebhookDocument, { input: { endpointId: hook.endpoint.id } })).sendTestWebhook.delivery;
    expect(ping).toMatchObject({ eventType: 'PING', status: 'PENDING', payload: { type: 'PING', data: { endpointId: hook.endpoint.id } } });

    const first = await deliveryAfter(user, hook.endpoint.id, 1);
    expect(first).toMatchObject({ status: 'PENDING', nextAttemptAt: '2048-03-02T06:00:30.000Z' });
    expect(first.attempts[0]).toMatchObject({
      attemptedAt: start.toISOString(),
      responseStatus: 500,
      responseExcerpt: 'the receiver failed with 500',
    });
    expect((await user.data(RedeliverWebhookDocument, { input: { deliveryId: ping.id } })).redeliverWebhook).toMatchObject({
      code: 'WEBHOOK_DELIVERY_PENDING',
    });

    expect(await runScheduledJob(t, clock, retryKey(ping.id))).toEqual(new Date('2048-03-02T06:00:30Z'));
    expect((await deliveryAfter(user, hook.endpoint.id, 2)).nextAttemptAt).toBe('2048-03-02T06:02:30.000Z');
    await runScheduledJob(t, clock, retryKey(ping.id));
    const done = await deliveryAfter(user, hook.endpoint.id, 3);
    expect(done).toMatchObject({ status: 'SUCCEEDED', succeededAt: '2048-03-02T06:02:30.000Z', nextAttemptAt: null });
    expect(done.attempts.map((a) => [a.attemptedAt, a.responseStatus])).toEqual([
      ['2048-03-02T06:00:00.000Z', 500],
      ['2048-03-02T06:00:30.000Z', 500],
      ['2048-03-02T06:02:30.000Z', 200],
    ]);
    const requests = receiver.received('/flaky');
    expect(new Set(requests.map((r) => r.headers['skillcall-webhook-id']))).toEqual(new Set([ping.id]));
    expect(new Set(requests.map((r) => r.body)).size).toBe(1); // the same event each time, signed anew
    expect(verifies(hook.secret, requests[2]!)).toBe(true);
  });

  it('gives a receiver that always fails up after 8 attempts, and sends it again on request', async () => {
    const user = await signedInUser(t);
    const hook = await register(user, '/down', ['BOOKING_CONFIRMED']);
    receiver.answer('/down', 503);
    const ping = (await user.data(SendTestWebhookDocument, { input: { endpointId: hook.endpoint.id } })).sendTestWebhook.delivery;
    for (let attempt = 1; attempt < 8; attempt++) {
      await deliveryAfter(user, hook.endpoint.id, attempt);
      await runScheduledJob(t, clock, retryKey(ping.id));
    }
    const failed = await deliveryAfter(user, hook.endpoint.id, 8);
    expect(failed).toMatchObject({ status: 'FAILED', nextAttemptAt: null, succeededAt: null });
    await expect(runScheduledJob(t, clock, retryKey(ping.id))).rejects.toThrow(/No pending job/);

    receiver.answer('/down', 204);
    const again = expectType(
      (await user.data(RedeliverWebhookDocument, { input: { deliveryId: ping.id } })).redeliverWebhook,
      'WebhookDeliveryPayload',
    ).delivery;
    expect(again.status).toBe('PENDING');
    expect(await deliveryAfter(user, hook.endpoint.id, 9)).toMatchObject({ id: ping.id, status: 'SUCCEEDED' });
  });

  it('signs with the new secret once it is rolled, never the old one', async () => {
    const user = await signedInUser(t);
    const hook = await register(user, '/rolled', ['BOOKING_CONFIRMED']);
    const rolled = (await user.data(RollWebhookSecretDocument, { input: { endpointId: hook.endpoint.id } })).rollWebhookSecret;
    expect(rolled.secret).toMatch(/^whsec_/);
    expect(rolled.secret).not.toBe(hook.secret);
    await user.data(SendTestWebhookDocument, { input: { endpointId: hook.endpoint.id } });
    await expect.poll(() => receiver.received('/rolled').length, { timeout: 10_000 }).toBe(1);
    const [request] = receiver.received('/rolled');
    expect(eventOf(request!).type).toBe('PING');
    expect(verifies(rolled.secret, request!)).toBe(true);
    expect(verifies(hook.secret, request!)).toBe(false);
  });

  it('sends nothing to a disabled or a deleted endpoint', async () => {
    const expert = await bookableExpert(t, { prices: [free] });
    const client = await signedInUser(t);
    const [disabled, deleted, witness] = [
      await register(client, '/disabled', ['BOOKING_CANCELLED']),
      await register(client, '/deleted', ['BOOKING_CANCELLED']),
      await register(client, '/witness', ['BOOKING_CANCELLED']),
    ];
    const off = (await client.data(UpdateWebhookEndpointDocument, { input: { endpointId: disabled.endpoint.id, enabled: false } }))
      .updateWebhookEndpoint;
    expect(expectType(off, 'WebhookEndpointPayload').endpoint.enabled).toBe(false);
    expect(
      (await client.data(DeleteWebhookEndpointDocument, { input: { endpointId: deleted.endpoint.id } })).deleteWebhookEndpoint
        .deletedEndpointId,
    ).toBe(deleted.endpoint.id);

    const booking = expectType(
      (
        await client.data(BookSlotDocument, {
          input: { offeringId: expert.offerings[0]!.id, startsAt: '2048-03-03T10:00:00Z', timeZone: 'Europe/Paris' },
        })
      ).bookSlot,
      'BookingSuccess',
    ).booking;
    await client.data(CancelBookingDocument, { input: { bookingId: booking.id } });
    await expect.poll(() => receiver.received('/witness').length, { timeout: 10_000 }).toBe(1);
    expect((await endpointOf(client, witness.endpoint.id)).deliveries.map((d) => d.eventType)).toEqual(['BOOKING_CANCELLED']);
    expect((await endpointOf(client, disabled.endpoint.id)).deliveries).toEqual([]);
    expect((await client.data(MyWebhookEndpointsDocument, {})).myWebhookEndpoints.map((e) => e.id)).not.toContain(deleted.endpoint.id);
    expect(receiver.received('/disabled')).toEqual([]);
    expect(receiver.received('/deleted')).toEqual([]);
  });

  it('refuses to deliver to a private address by default, in whatever spelling, and records why', async () => {
    const strict = await startTestApp({}, clock);
    try {
      const user = await signedInUser(strict);
      for (const url of [
        receiver.url('/private'),
        receiver.url('/private').replace('127.0.0.1', 'localhost'),
        receiver.url('/private').replace('127.0.0.1', '[::ffff:127.0.0.1]'),
        receiver.url('/private').replace('127.0.0.1', '[::127.0.0.1]'),
      ]) {
        const hook = expectType(
          (await user.data(CreateWebhookEndpointDocument, { input: { url, eventTypes: ['BOOKING_CONFIRMED'] } })).createWebhookEndpoint,
          'WebhookEndpointSecretPayload',
        );
        await user.data(SendTestWebhookDocument, { input: { endpointId: hook.endpoint.id } });
        const refused = await deliveryAfter(user, hook.endpoint.id, 1);
        expect(refused.attempts[0]).toMatchObject({
          responseStatus: null,
          error: expect.stringMatching(/^Refused: .* private or local network address\.$/),
        });
        expect(refused.status).toBe('PENDING');
      }
      expect(receiver.received('/private')).toEqual([]);
    } finally {
      await strict.close();
    }
  });
});

describe('endpoints', () => {
  it('names the refused fields: a URL that is not http(s), no event; and stops at 10 endpoints', async () => {
    const user = await signedInUser(t);
    const refused = (await user.data(CreateWebhookEndpointDocument, { input: { url: 'ftp://partner.example/hook', eventTypes: [] } }))
      .createWebhookEndpoint;
    expect(refused).toMatchObject({
      __typename: 'InvalidInputError',
      fieldErrors: [{ field: 'url' }, { field: 'eventTypes', code: 'REQUIRED' }],
    });
    expect(
      (await user.data(CreateWebhookEndpointDocument, { input: { url: 'not a url', eventTypes: ['PING'] } })).createWebhookEndpoint,
    ).toMatchObject({
      fieldErrors: [
        { field: 'url', code: 'INVALID_FORMAT' },
        { field: 'eventTypes.0', code: 'UNSUPPORTED' },
      ],
    });
    const hook = await register(user, '/limit', ['BOOKING_CREATED']);
    expect(
      (await user.data(UpdateWebhookEndpointDocument, { input: { endpointId: hook.endpoint.id, url: 'javascript:alert(1)' } }))
        .updateWebhookEndpoint,
    ).toMatchObject({ fieldErrors: [{ field: 'url' }] });
    for (let i = 1; i < 10; i++) await register(user, `/limit-${i}`, ['BOOKING_CREATED']);
    expect(
      (await user.data(CreateWebhookEndpointDocument, { input: { url: receiver.url('/limit-10'), eventTypes: ['BOOKING_CREATED'] } }))
        .createWebhookEndpoint,
    ).toMatchObject({
      __typename: 'WebhookEndpointLimitError',
      code: 'WEBHOOK_ENDPOINT_LIMIT_REACHED',
    });
    expect((await user.data(MyWebhookEndpointsDocument, {})).myWebhookEndpoints).toHaveLength(10);
  });

  it('keeps my endpoints and deliveries from anyone else: not listed, NOT_FOUND to change, test, delete or redeliver', async () => {
    const [owner, other] = [await signedInUser(t), await signedInUser(t)];
    const hook = await register(owner, '/mine', ['BOOKING_CONFIRMED']);
    const ping = (await owner.data(SendTestWebhookDocument, { input: { endpointId: hook.endpoint.id } })).sendTestWebhook.delivery;
    await deliveryAfter(owner, hook.endpoint.id, 1);

    expect((await other.data(MyWebhookEndpointsDocument, {})).myWebhookEndpoints).toEqual([]);
    const endpointId = hook.endpoint.id;
    const attempts = [
      other.execute(UpdateWebhookEndpointDocument, { input: { endpointId, url: 'https://attacker.example/steal' } }),
      other.execute(UpdateWebhookEndpointDocument, { input: { endpointId, enabled: false } }),
      other.execute(DeleteWebhookEndpointDocument, { input: { endpointId } }),
      other.execute(RollWebhookSecretDocument, { input: { endpointId } }),
      other.execute(SendTestWebhookDocument, { input: { endpointId } }),
      other.execute(RedeliverWebhookDocument, { input: { deliveryId: ping.id } }),
      other.execute(DeleteWebhookEndpointDocument, { input: { endpointId: 'not-a-uuid' } }),
    ];
    for (const result of await Promise.all(attempts)) expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const anonymous = t.client();
    expect((await anonymous.execute(MyWebhookEndpointsDocument, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await anonymous.execute(SendTestWebhookDocument, { input: { endpointId } })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );

    const mine = await endpointOf(owner, endpointId);
    expect(mine).toMatchObject({ url: receiver.url('/mine'), enabled: true });
    expect(mine.deliveries.map((d) => d.id)).toEqual([ping.id]);
    expect(receiver.received('/mine')).toHaveLength(1);
  });
});
