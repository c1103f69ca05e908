/**
 * The workspace on real server processes (the built server, as deployed): two instances on one PostgreSQL relay
 * each other's edits and cursors, and an edit the server acknowledged survives the process being killed before its
 * debounced store.
 */
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { BookSlotDocument, BookableSlotsDocument, ExpertProfileDocument } from '@skillcall/schema';
import { demoAccounts, demoPassword } from '../src/seed/demo';
import { launchApiInstance, type BuiltServer } from './built-server';
import { openDocument, type CollabClient } from './collab-client';
import { type TestClient, expectType, signedInClient } from './graphql-client';
import { createTestDatabase } from './postgres-for-tests';

interface Instance {
  server: BuiltServer;
  url: string;
}

let databaseUrl: string;
const instances: Instance[] = [];
const editors: CollabClient[] = [];
const [, expertAccount, userAccount] = demoAccounts;

async function launchInstance(): Promise<Instance> {
  const instance = await launchApiInstance(databaseUrl);
  instances.push(instance);
  return instance;
}

const signIn = (url: string, email: string) => signedInClient(url, email, demoPassword);

function edit(instance: Instance, client: TestClient, name: string): CollabClient {
  const editor = openDocument(instance.url, name, client.cookieHeader);
  editors.push(editor);
  return editor;
}

/** A free booking of the demo user with the demo expert, made through `instance`; `nth` picks a different slot. */
async function freeBooking(instance: Instance, user: TestClient, nth: number): Promise<string> {
  const expert = (await user.data(ExpertProfileDocument, { slug: 'elodie-lefevre' })).expert!;
  const free = expert.offerings.find((o) => o.price.model === 'FREE')!;
  const slots = await user.data(BookableSlotsDocument, {
    offeringId: free.id,
    from: new Date().toISOString().slice(0, 10),
    days: 14,
    timeZone: userAccount!.timeZone,
  });
  const startsAt = slots.bookableSlots.days.flatMap((d) => d.slots)[nth]!.startsAt;
  const result = await user.data(BookSlotDocument, { input: { offeringId: free.id, startsAt, timeZone: userAccount!.timeZone } });
  return expectType(result.bookSlot, 'BookingSuccess').booking.id;
}

beforeAll(async () => {
  databaseUrl = await createTestDatabase(inject('adminDatabaseUrl'));
  await launchInstance();
  await launchInstance();
}, 120_000);
afterAll(async () => {
  editors.forEach((editor) => editor.close());
  for (const { server } of instances) {
    if (server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  }
});

describe('the workspace on two API instances', () => {
  it('shows each participant the other’s edits and cursor when they are connected to different instances', async () => {
    const [a, b] = instances as [Instance, Instance];
    const userOnA = await signIn(a.url, userAccount!.email);
    const expertOnB = await signIn(b.url, expertAccount!.email);
    const name = `booking/${await freeBooking(a, userOnA, 0)}/notes`;
    const onA = edit(a, userOnA, name);
    const onB = edit(b, expertOnB, name);
    await Promise.all([onA.synced(), onB.synced()]);

    onA.doc.getText('probe').insert(0, 'typed on A');
    await vi.waitFor(() => expect(onB.doc.getText('probe').toString()).toBe('typed on A'), { timeout: 5_000 });
    onB.doc.getText('probe').insert(10, ', then on B');
    await vi.waitFor(() => expect(onA.doc.getText('probe').toString()).toBe('typed on A, then on B'), { timeout: 5_000 });

    // Larger than a notification can carry: it travels as the id of its logged row.
    const pasted = 'pasted paragraph '.repeat(1_000);
    onA.doc.getText('pasted').insert(0, pasted);
    await vi.waitFor(() => expect(onB.doc.getText('pasted').toString()).toBe(pasted), { timeout: 5_000 });

    onA.provider.setAwarenessField('user', { name: 'Uma User', color: '#1971c2' });
    await vi.waitFor(
      () => expect([...onB.provider.awareness!.getStates().values()].map((state) => state.user?.name)).toContain('Uma User'),
      { timeout: 5_000 },
    );
  }, 30_000);

  it('keeps an acknowledged edit when the instance is killed before it stored the document', async () => {
    const a = instances[0]!;
    const user = await signIn(a.url, userAccount!.email);
    const name = `booking/${await freeBooking(a, user, 1)}/code`;
    const editor = edit(a, user, name);
    await editor.synced();
    editor.doc.getText('probe').insert(0, 'acknowledged, then the server died');
    await editor.acknowledged();
    a.server.child.kill('SIGKILL');
    await a.server.exited;
    editor.close();

    const restarted = await launchInstance();
    const again = edit(restarted, await signIn(restarted.url, userAccount!.email), name);
    await again.synced();
    expect(again.doc.getText('probe').toString()).toBe('acknowledged, then the server died');
  }, 60_000);
});
