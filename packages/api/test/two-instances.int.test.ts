/**
 * Scale-out: two API processes (the built server, as deployed) on one PostgreSQL. Live updates travel between them
 * through the database (LISTEN/NOTIFY), and an instance that dies takes its experts' presence with it.
 */
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import {
  BookSlotDocument,
  BookableSlotsDocument,
  ExpertConsoleDocument,
  ExpertPresenceChangedDocument,
  ExpertProfileDocument,
  MyBookingChangedDocument,
  SetAvailableNowDocument,
} from '@skillcall/schema';
import { demoAccounts, demoPassword } from '../src/seed/demo';
import { launchApiInstance, type BuiltServer } from './built-server';
import { TestClient, expectType, signedInClient, subscribe } from './graphql-client';
import { createTestDatabase } from './postgres-for-tests';

let a: { server: BuiltServer; url: string };
let b: { server: BuiltServer; url: string };

/** How many subscriptions an instance serves, from its own `/metrics`. */
async function liveSubscriptions(url: string): Promise<number> {
  const metrics = await (await fetch(`${url}/metrics`)).text();
  return Number(/^skillcall_live_subscriptions (\d+)$/m.exec(metrics)?.[1]);
}

/** Resolves once the instance serves `count` subscriptions: they reached its event bus, and nothing is missed. */
async function serving(url: string, count: number): Promise<void> {
  await vi.waitFor(async () => expect(await liveSubscriptions(url)).toBeGreaterThanOrEqual(count), { timeout: 10_000, interval: 50 });
}

const signIn = (url: string, email: string) => signedInClient(url, email, demoPassword);

const [, expertAccount, userAccount] = demoAccounts;

beforeAll(async () => {
  const databaseUrl = await createTestDatabase(inject('adminDatabaseUrl'));
  a = await launchApiInstance(databaseUrl);
  b = await launchApiInstance(databaseUrl);
}, 120_000);
afterAll(async () => {
  for (const instance of [a, b]) {
    if (instance && instance.server.child.exitCode === null) {
      instance.server.child.kill('SIGTERM');
      await instance.server.exited;
    }
  }
});

describe('two API instances on one database', () => {
  it('a booking made through one instance reaches its user’s subscription on the other, and no one else’s', async () => {
    const expert = (await new TestClient(a.url).data(ExpertProfileDocument, { slug: 'elodie-lefevre' })).expert!;
    const free = expert.offerings.find((o) => o.price.model === 'FREE')!;
    const userOnA = await signIn(a.url, userAccount!.email);
    const userOnB = await signIn(b.url, userAccount!.email);
    const adminOnB = await signIn(b.url, demoAccounts[0]!.email);
    const before = await liveSubscriptions(b.url);
    const mine = subscribe(userOnB, MyBookingChangedDocument);
    const theirs = subscribe(adminOnB, MyBookingChangedDocument);
    await serving(b.url, before + 2);

    const today = new Date().toISOString().slice(0, 10);
    const slots = await userOnA.data(BookableSlotsDocument, {
      offeringId: free.id,
      from: today,
      days: 14,
      timeZone: userAccount!.timeZone,
    });
    const open = slots.bookableSlots.days.flatMap((d) => d.slots).map((slot) => slot.startsAt);
    const [startsAt, adminStartsAt] = [open[0], open.at(-1)];
    const booked = expectType(
      (await userOnA.data(BookSlotDocument, { input: { offeringId: free.id, startsAt: startsAt!, timeZone: userAccount!.timeZone } }))
        .bookSlot,
      'BookingSuccess',
    );

    expect((await mine.next(10_000)).data?.myBookingChanged.booking).toMatchObject({
      id: booked.booking.id,
      status: 'CONFIRMED',
      startsAt,
    });
    // The admin's own booking, made after: B delivers events in order, so the admin's first event being their own
    // booking shows the user's never reached them.
    const adminOnA = await signIn(a.url, demoAccounts[0]!.email);
    const adminBooked = expectType(
      (await adminOnA.data(BookSlotDocument, { input: { offeringId: free.id, startsAt: adminStartsAt!, timeZone: 'Europe/Paris' } }))
        .bookSlot,
      'BookingSuccess',
    );
    expect((await theirs.next(10_000)).data?.myBookingChanged.booking.id).toBe(adminBooked.booking.id);
    await Promise.all([mine.close(), theirs.close()]);
  });

  it('an expert going live on one instance turns the badge on for a visitor on the other; the instance dying turns it off within 30 seconds', async () => {
    const expertOnA = await signIn(a.url, expertAccount!.email);
    const expertId = (await new TestClient(b.url).data(ExpertProfileDocument, { slug: 'elodie-lefevre' })).expert!.id;
    const before = await liveSubscriptions(b.url);
    const visitorOnB = subscribe(new TestClient(b.url), ExpertPresenceChangedDocument, { expertIds: [expertId] });
    await serving(b.url, before + 1);

    await expertOnA.data(SetAvailableNowDocument, { available: true });
    const console = subscribe(expertOnA, ExpertConsoleDocument);
    await console.until((d) => d.expertConsole.presence.availableNow, 10_000);
    expect((await visitorOnB.next(10_000)).data?.expertPresenceChanged).toEqual({ expertId, availableNow: true });

    // Instance A disappears without closing anything: its connection rows go stale, and B's sweep notices.
    const killedAt = Date.now();
    a.server.child.kill('SIGKILL');
    await a.server.exited;
    expect((await visitorOnB.next(40_000)).data?.expertPresenceChanged).toEqual({ expertId, availableNow: false });
    expect(Date.now() - killedAt).toBeLessThan(36_000); // 30 s without a heartbeat, plus the 5 s sweep period at most
    await visitorOnB.close();
  }, 60_000);
});
