/**
 * Push notifications end to end: devices subscribe at a real local push service (`test/push-receiver.ts`) that checks
 * the VAPID signature and decrypts each payload as a browser would; the API registers them and pushes to them from
 * its jobs, following the notification preferences.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import webpush from 'web-push';
import {
  AskForHelpDocument,
  BookSlotDocument,
  ChangePasswordDocument,
  DeleteAccountDocument,
  ExpertConsoleDocument,
  MyNotificationPreferencesDocument,
  MyPushDevicesDocument,
  PushSettingsDocument,
  RegisterPushDeviceDocument,
  RemovePushDeviceByIdDocument,
  RemovePushDeviceDocument,
  SetAvailableNowDocument,
  SetNotificationPreferenceDocument,
  SignOutDocument,
} from '@skillcall/schema';
import { bookableExpert, signInAs } from '../../../test/booking-fixtures';
import { expectType, subscribe, type TestClient } from '../../../test/graphql-client';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { runScheduledJob } from '../../../test/jobs';
import { startPushReceiver, type PushReceiver } from '../../../test/push-receiver';
import { createLoaders } from '../../loaders';
import { createLogger } from '../../platform/logger';
import { systemContext } from '../../platform/system-context';
import { createUser } from '../../seed/factories';
import { collectExport } from '../privacy/data-export.collect';
import { pushJobKey } from './push.policy';

// Monday 2 March 2048, 07:00 in Paris: the experts' office hours are ahead, and the reminders' jobs wait for the test.
const start = new Date('2048-03-02T06:00:00Z');
const clock = new ManualClock(start);
const vapid = webpush.generateVAPIDKeys();
const vapidEnv = {
  VAPID_PUBLIC_KEY: vapid.publicKey,
  VAPID_PRIVATE_KEY: vapid.privateKey,
  VAPID_SUBJECT: 'mailto:push@skillcall.test',
  // The test push service listens on loopback.
  PUSH_ALLOW_PRIVATE_NETWORKS: 'true',
};
let t: TestApp;
let receiver: PushReceiver;

beforeAll(async () => {
  receiver = await startPushReceiver();
  t = await startTestApp(vapidEnv, clock);
});
afterAll(async () => {
  await t.close();
  await receiver.close();
});

let devices = 0;
/** A new device subscribed at the receiver and registered for the signed-in client; returns its name at the receiver. */
async function registerDevice(client: TestClient, label = 'Phone'): Promise<string> {
  devices += 1;
  const name = `device-${devices}`;
  const result = (await client.data(RegisterPushDeviceDocument, { input: { ...receiver.subscribe(name), label } })).registerPushDevice;
  expectType(result, 'PushDeviceSuccess');
  return name;
}

const pushDevices = async (client: TestClient) => (await client.data(MyPushDevicesDocument)).me!.pushDevices!;
const pushJobs = async (eventKey: string, userId: string, attempt = 1) =>
  (
    await t.app.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from graphile_worker.jobs where key = ${pushJobKey(eventKey, userId, attempt)}`,
    )
  )[0]!.n;

async function book(client: TestClient, offeringId: string, startsAt: string) {
  return expectType(
    (await client.data(BookSlotDocument, { input: { offeringId, startsAt, timeZone: 'Europe/Paris' } })).bookSlot,
    'BookingSuccess',
  ).booking;
}

/** A client who booked the expert's first offering, with the booking. */
async function clientWithBooking(expert: Awaited<ReturnType<typeof bookableExpert>>, startsAt: string, locale: 'en' | 'fr' = 'en') {
  const account = await createUser(t.app.database.db, { locale });
  const client = await signInAs(t, account);
  return {
    account,
    client,
    register: (label?: string) => registerDevice(client, label),
    book: () => book(client, expert.offerings[0]!.id, startsAt),
  };
}

describe('push devices', () => {
  it('gives browsers the VAPID public key, registers a device once per endpoint and removes it by endpoint or by id', async () => {
    expect((await t.client().data(PushSettingsDocument)).pushSettings).toEqual({ publicKey: vapid.publicKey, enabled: true });
    const account = await createUser(t.app.database.db);
    const client = await signInAs(t, account);
    const subscription = receiver.subscribe('registered-twice');
    const first = (await client.data(RegisterPushDeviceDocument, { input: { ...subscription, label: 'Pixel 7' } })).registerPushDevice;
    const again = (await client.data(RegisterPushDeviceDocument, { input: { ...subscription, label: 'My Pixel' } })).registerPushDevice;
    expect(expectType(again, 'PushDeviceSuccess').device.id).toBe(expectType(first, 'PushDeviceSuccess').device.id);
    expect(await pushDevices(client)).toEqual([
      {
        id: expect.any(String),
        // What the browser computes from its subscription (Web Crypto's SHA-256 of the endpoint, base64url).
        endpointHash: createHash('sha256').update(subscription.endpoint).digest('base64url'),
        label: 'My Pixel',
        createdAt: expect.any(String),
        lastUsedAt: null,
      },
    ]);
    expect(JSON.stringify(await pushDevices(client))).not.toContain(subscription.endpoint);

    const other = await signInAs(t, await createUser(t.app.database.db));
    await registerDevice(client, 'Laptop');
    const laptop = (await pushDevices(client)).find((d) => d.label === 'Laptop')!;
    expect((await other.data(RemovePushDeviceByIdDocument, { id: laptop.id })).removePushDeviceById.removed).toBe(false);
    expect((await client.data(RemovePushDeviceByIdDocument, { id: laptop.id })).removePushDeviceById.removed).toBe(true);
    expect((await client.data(RemovePushDeviceDocument, { endpoint: subscription.endpoint })).removePushDevice.removed).toBe(true);
    expect(await pushDevices(client)).toEqual([]);
  });

  it('refuses an endpoint that is not https, malformed keys, and a device beyond the limit, with typed errors', async () => {
    const client = await signInAs(t, await createUser(t.app.database.db));
    const keys = receiver.subscribe('refused');
    const register = async (input: { endpoint: string; p256dh: string; auth: string }) =>
      (await client.data(RegisterPushDeviceDocument, { input })).registerPushDevice;
    expect(await register({ ...keys, endpoint: 'http://push.example.org/device' })).toMatchObject({
      __typename: 'InvalidPushEndpointError',
      code: 'INVALID_PUSH_ENDPOINT',
    });
    expect(await register({ ...keys, p256dh: 'abc', auth: 'not base64!' })).toMatchObject({
      __typename: 'InvalidInputError',
      fieldErrors: [
        { field: 'p256dh', code: 'INVALID_FORMAT' },
        { field: 'auth', code: 'INVALID_FORMAT' },
      ],
    });
    for (let n = 0; n < 20; n += 1) expectType(await register({ ...keys, endpoint: `${keys.endpoint}-${n}` }), 'PushDeviceSuccess');
    expect(await register({ ...keys, endpoint: `${keys.endpoint}-21` })).toMatchObject({
      __typename: 'TooManyPushDevicesError',
      limit: 20,
    });
    // Registering a known device again is not a new one.
    expectType(await register({ ...keys, endpoint: `${keys.endpoint}-0` }), 'PushDeviceSuccess');
    expect(await pushDevices(client)).toHaveLength(20);
  });

  it('offers push on the pushable kinds only, on by default once a device is registered', async () => {
    const expert = await bookableExpert(t);
    const pushOf = async (kind: string) =>
      (await expert.client.data(MyNotificationPreferencesDocument)).myNotificationPreferences
        .find((p) => p.kind === kind)
        ?.channels.find((c) => c.channel === 'PUSH')?.enabled;
    expect(await pushOf('HELP_NOW_REQUESTS')).toBe(false);
    await registerDevice(expert.client);
    expect(await pushOf('HELP_NOW_REQUESTS')).toBe(true);
    expect(await pushOf('PAYOUTS')).toBe(true);
    expect(await pushOf('REVIEWS')).toBeUndefined();
    const refused = await expert.client.data(SetNotificationPreferenceDocument, {
      input: { kind: 'REVIEWS', channel: 'PUSH', enabled: true },
    });
    expect(refused.setNotificationPreference).toMatchObject({ __typename: 'NotificationChannelNotOfferedError' });
  });
});

describe('VAPID keys of a server configured without them', () => {
  it('are made on the first start and offered again after a restart, so browsers’ subscriptions stay valid', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'skillcall-push-'));
    const publicKeyOfAStart = async () => {
      const started = await startTestApp({ DATA_DIR: dataDir }, clock);
      try {
        return (await started.client().data(PushSettingsDocument)).pushSettings;
      } finally {
        await started.close();
      }
    };
    try {
      const first = await publicKeyOfAStart();
      expect(first).toEqual({ publicKey: expect.stringMatching(/^[\w-]{87}$/), enabled: true });
      expect(await publicKeyOfAStart()).toEqual(first);
      expect(first.publicKey).not.toBe(vapid.publicKey);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('pushes', () => {
  it('rings an available expert’s phone with a help-now request: Accept and Decline, the offering, nothing personal', async () => {
    clock.set(new Date());
    const expert = await bookableExpert(t);
    const phone = await registerDevice(expert.client);
    await expert.client.data(SetAvailableNowDocument, { available: true });
    const console = subscribe(expert.client, ExpertConsoleDocument);
    await console.until((d) => d.expertConsole.presence.availableNow);
    const asker = await createUser(t.app.database.db, { displayName: 'Ada Asker' });
    const request = expectType(
      (
        await (
          await signInAs(t, asker)
        ).data(AskForHelpDocument, {
          input: { offeringId: expert.offerings[0]!.id, message: 'My G chord buzzes', timeZone: 'Europe/Paris' },
        })
      ).askForHelp,
      'HelpRequestSuccess',
    ).request;

    const pushed = await receiver.nth(phone, 1);
    expect(pushed.payload).toEqual({
      v: 1,
      kind: 'HELP_NOW_REQUESTS',
      title: 'Someone needs help now',
      body: `“${expert.offerings[0]!.title}”: answer within a minute.`,
      url: `/help-requests/${request.id}`,
      tag: `help-request:${request.id}`,
      timestamp: clock.now().getTime(),
      lang: 'en',
      helpRequestId: request.id,
      actions: [
        { action: 'accept', title: 'Accept' },
        { action: 'decline', title: 'Decline' },
      ],
    });
    expect(JSON.stringify(pushed.payload)).not.toMatch(/Ada|G chord|@/);
    expect(pushed.vapid).toMatchObject({ publicKey: vapid.publicKey, sub: 'mailto:push@skillcall.test', aud: receiver.origin });
    expect(pushed.headers).toMatchObject({ urgency: 'high', ttl: '60', topic: expect.stringMatching(/^[\w-]{32}$/) });
    console.close();
    clock.set(start);
  });

  it('queues nothing for a device whose person turned that kind of push off', async () => {
    clock.set(new Date());
    // Its worker runs no job, so what was queued stays in the queue to be looked at.
    const paused = await startTestApp({ ...vapidEnv, JOB_CONCURRENCY: '0' }, clock);
    try {
      const ask = async (expert: Awaited<ReturnType<typeof bookableExpert>>) => {
        await expert.client.data(SetAvailableNowDocument, { available: true });
        const console = subscribe(expert.client, ExpertConsoleDocument);
        await console.until((d) => d.expertConsole.presence.availableNow);
        const asker = await signInAs(paused, await createUser(paused.app.database.db));
        const asked = await asker.data(AskForHelpDocument, { input: { offeringId: expert.offerings[0]!.id, timeZone: 'Europe/Paris' } });
        console.close();
        return expectType(asked.askForHelp, 'HelpRequestSuccess').request;
      };
      const [quiet, listening] = [await bookableExpert(paused), await bookableExpert(paused)];
      for (const expert of [quiet, listening]) {
        const subscription = receiver.subscribe(`paused-${expert.user.id}`);
        expectType((await expert.client.data(RegisterPushDeviceDocument, { input: subscription })).registerPushDevice, 'PushDeviceSuccess');
      }
      const off = { kind: 'HELP_NOW_REQUESTS', channel: 'PUSH', enabled: false } as const;
      expectType(
        (await quiet.client.data(SetNotificationPreferenceDocument, { input: off })).setNotificationPreference,
        'SetNotificationPreferenceSuccess',
      );

      const queued = async (eventKey: string, userId: string) =>
        (
          await paused.app.database.db.execute<{ n: number }>(
            sql`select count(*)::int as n from graphile_worker.jobs where key = ${pushJobKey(eventKey, userId, 1)}`,
          )
        )[0]!.n;
      const [quietRequest, listeningRequest] = [await ask(quiet), await ask(listening)];
      expect(await queued(`help-request:${quietRequest.id}`, quiet.user.id)).toBe(0);
      expect(await queued(`help-request:${listeningRequest.id}`, listening.user.id)).toBe(1);
    } finally {
      await paused.close();
      clock.set(start);
    }
  });

  it('tells both participants of a confirmed booking on every device, in their language, then reminds them with the room', async () => {
    const expert = await bookableExpert(t);
    const expertPhone = await registerDevice(expert.client);
    const client = await clientWithBooking(expert, '2048-03-09T08:00:00.000Z', 'fr');
    const [phone, laptop] = [await client.register('Phone'), await client.register('Laptop')];
    const booking = await client.book();

    const [onPhone, onLaptop, onExpertPhone] = await Promise.all([
      receiver.nth(phone, 1),
      receiver.nth(laptop, 1),
      receiver.nth(expertPhone, 1),
    ]);
    expect(onPhone.payload).toMatchObject({
      kind: 'BOOKING_CHANGES',
      lang: 'fr',
      title: 'Réservation confirmée',
      url: `/bookings/${booking.id}`,
      tag: `booking:${booking.id}`,
    });
    expect(onPhone.payload.body).toMatch(/^« .+ », 9 mars 2048/);
    expect(onLaptop.payload).toEqual(onPhone.payload);
    expect(onExpertPhone.payload).toMatchObject({ lang: 'en', title: 'Booking confirmed', url: `/bookings/${booking.id}` });
    expect(onExpertPhone.headers).toMatchObject({ urgency: 'normal' });
    await expect.poll(async () => (await pushDevices(client.client)).every((d) => d.lastUsedAt !== null)).toBe(true);

    await runScheduledJob(t, clock, `booking-reminder-15m:${booking.id}`);
    const reminder = await receiver.nth(phone, 2);
    expect(reminder.payload).toMatchObject({ kind: 'REMINDERS', url: `/bookings/${booking.id}/room`, tag: `booking:${booking.id}` });
    expect(reminder.headers).toMatchObject({ urgency: 'high' });
    expect((await receiver.nth(expertPhone, 2)).payload).toMatchObject({ title: 'Your session starts in 15 minutes' });
    clock.set(start);
  });

  it('removes a device whose push service answers 410, and tries a failed one again later without pushing twice to the others', async () => {
    const expert = await bookableExpert(t);
    const client = await clientWithBooking(expert, '2048-03-09T09:00:00.000Z');
    const [gone, failing, fine] = [await client.register('Old phone'), await client.register('Tablet'), await client.register('Laptop')];
    receiver.answer(gone, 410);
    receiver.answer(failing, 500);
    const booking = await client.book();

    await Promise.all([receiver.nth(gone, 1), receiver.nth(failing, 1), receiver.nth(fine, 1)]);
    await expect.poll(async () => (await pushDevices(client.client)).map((d) => d.label).sort()).toEqual(['Laptop', 'Tablet']);

    receiver.answer(failing, 201);
    const eventKey = `booking:${booking.id}:CONFIRMED:${booking.startsAt}`;
    await expect.poll(() => pushJobs(eventKey, client.account.id, 2)).toBe(1);
    const retryAt = await runScheduledJob(t, clock, pushJobKey(eventKey, client.account.id, 2));
    expect(retryAt.getTime() - start.getTime()).toBe(30_000);
    expect((await receiver.nth(failing, 2)).payload).toMatchObject({ kind: 'BOOKING_CHANGES', tag: `booking:${booking.id}` });
    // Once that attempt is over, the laptop still has the one push it got the first time.
    await expect.poll(() => pushJobs(eventKey, client.account.id, 2)).toBe(0);
    expect(receiver.received(fine)).toHaveLength(1);
    expect(receiver.received(gone)).toHaveLength(1);
    expect(receiver.refused).toEqual([]);
    clock.set(start);
  });

  it('stops pushing to a browser once its session ends: signed out there, or signed out by a password change elsewhere', async () => {
    const expert = await bookableExpert(t);
    const owner = await clientWithBooking(expert, '2048-03-09T10:00:00.000Z');
    const laptop = await owner.register('Laptop');
    const sharedBrowser = await signInAs(t, owner.account);
    const shared = await registerDevice(sharedBrowser, 'Library computer');
    const oldPhoneBrowser = await signInAs(t, owner.account);
    const oldPhone = await registerDevice(oldPhoneBrowser, 'Old phone');

    // Only the session ends here: the browser asks nothing else of the API (the SPA removes its device too).
    expect((await sharedBrowser.data(SignOutDocument)).signOut.signedOut).toBe(true);
    const changed = await owner.client.data(ChangePasswordDocument, {
      input: { currentPassword: owner.account.password, newPassword: 'a whole new passphrase 42' },
    });
    expectType(changed.changePassword, 'ChangePasswordSuccess');
    expect((await pushDevices(owner.client)).map((d) => d.label)).toEqual(['Laptop']);

    await owner.book();
    expect((await receiver.nth(laptop, 1)).payload).toMatchObject({ kind: 'BOOKING_CHANGES' });
    // The laptop's push is marked delivered once every device of the job was sent to.
    await expect.poll(async () => (await pushDevices(owner.client))[0]!.lastUsedAt).not.toBeNull();
    expect(receiver.received(shared)).toEqual([]);
    expect(receiver.received(oldPhone)).toEqual([]);
    clock.set(start);
  });

  it('lists the devices in the data export and forgets them with the account', async () => {
    const account = await createUser(t.app.database.db);
    const client = await signInAs(t, account);
    await registerDevice(client, 'Pixel 7');
    const ctx = systemContext(
      { config: t.config, logger: createLogger(t.config), clock, db: t.app.database.db, adapters: t.app.adapters, createLoaders },
      'test',
    );
    expect((await collectExport(ctx, account.id)).documents['push-devices.json']).toEqual([
      { label: 'Pixel 7', pushService: new URL(receiver.origin).host, registeredAt: start, lastUsedAt: null },
    ]);
    await client.data(DeleteAccountDocument, { input: { password: account.password, confirmation: account.email } });
    const rows = await t.app.database.db.execute(sql`select count(*)::int as n from push_subscriptions where user_id = ${account.id}`);
    expect(rows[0]).toEqual({ n: 0 });
  });
});
