import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MeDocument, MyDataExportsDocument, RequestDataExportDocument } from '@skillcall/schema';
import { sql } from 'drizzle-orm';
import { signInAs, signedInUser } from '../../../test/booking-fixtures';
import type { TestClient } from '../../../test/graphql-client';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { pastPaidSession } from '../../../test/privacy-fixtures';
import { createLoaders } from '../../loaders';
import { createLogger } from '../../platform/logger';
import { systemContext } from '../../platform/system-context';
import { createUser } from '../../seed/factories';
import { buildDataExport, expireDataExport } from './data-export.service';

// Monday 2 March 2048, 07:00 in Paris; the experts keep Paris office hours.
const start = new Date('2048-03-02T06:00:00Z');
const clock = new ManualClock(start);
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ DATA_DIR: mkdtempSync(path.join(tmpdir(), 'skillcall-privacy-')) }, clock);
});
afterAll(() => t.close());
afterEach(() => clock.set(start));

const system = (app: TestApp) =>
  systemContext(
    { config: app.config, logger: createLogger(app.config), clock, db: app.app.database.db, adapters: app.app.adapters, createLoaders },
    'test',
  );

/** Asks for an export and waits for the job to make it ready. */
async function readyExport(client: TestClient) {
  const { dataExport } = (await client.data(RequestDataExportDocument)).requestDataExport;
  await expect
    .poll(async () => (await client.data(MyDataExportsDocument)).myDataExports.find((e) => e.id === dataExport.id)?.status, {
      timeout: 10_000,
    })
    .toBe('READY');
  return (await client.data(MyDataExportsDocument)).myDataExports.find((e) => e.id === dataExport.id)!;
}

const download = (client: TestClient | null, url: string) =>
  fetch(`${t.url}${url}`, { headers: client ? { cookie: client.cookieHeader } : {} });

async function openZip(client: TestClient, url: string) {
  const response = await download(client, url);
  expect(response.status).toBe(200);
  const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
  const text = Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
  return { response, text, json: (name: string) => JSON.parse(text[name]!) as unknown };
}

describe('exporting one’s data', () => {
  it('builds a ZIP of everything the person took part in, without anyone else’s private data, downloadable by them only until it expires', async () => {
    const { client, expert, booking, message, recording, review } = await pastPaidSession(t, clock, '2048-03-03T09:00:00Z');
    const otherClient = await createUser(t.app.database.db, { email: 'another.client@example.com' });
    await pastPaidSession(t, clock, '2048-03-05T09:00:00Z', { client: await signInAs(t, otherClient), expert });
    const me = (await client.data(MeDocument)).me!;

    const ready = await readyExport(client);
    expect(ready).toMatchObject({ status: 'READY', downloadUrl: `/data-exports/${ready.id}/download` });
    expect(new Date(ready.expiresAt!).getTime() - new Date(ready.readyAt!).getTime()).toBe(48 * 3_600_000);

    const { response, text, json } = await openZip(client, ready.downloadUrl!);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="skillcall-export-${ready.readyAt!.slice(0, 10)}.zip"`);
    expect(Object.keys(text).sort()).toEqual(
      [
        'README.txt',
        'bookings.json',
        'conversations.json',
        'developer.json',
        'emails.json',
        'help-requests.json',
        'invoices.json',
        'messages.json',
        'notification-preferences.json',
        'payments.json',
        'profile.json',
        'push-devices.json',
        'recordings.json',
        'reports-filed.json',
        'reviews-given.json',
        'reviews-received.json',
      ].sort(),
    );
    expect(text['README.txt']).toContain('bookings.json');
    expect(json('profile.json')).toMatchObject({
      account: { id: me.id, email: me.email, displayName: me.displayName },
      signInSessions: expect.arrayContaining([expect.objectContaining({ createdAt: expect.any(String) })]),
    });
    expect(json('bookings.json')).toEqual([
      expect.objectContaining({
        id: booking.id,
        role: 'CLIENT',
        otherParty: expert.expert.displayName,
        status: 'COMPLETED',
        price: { amountMinor: 4500, currency: 'EUR', model: 'PER_SESSION' },
        session: expect.objectContaining({ connectedSeconds: 120 }),
      }),
    ]);
    expect(json('messages.json')).toEqual([expect.objectContaining({ bookingId: booking.id, writtenByYou: true, body: message })]);
    expect(json('reviews-given.json')).toEqual([expect.objectContaining({ bookingId: booking.id, rating: 5, body: review.body })]);
    expect(json('payments.json')).toMatchObject({
      payments: [
        {
          bookingId: booking.id,
          capturedMinor: 4500,
          currency: 'EUR',
          receiptUrl: expect.stringMatching(/\/receipts\/[0-9a-f-]{36}\.pdf$/),
        },
      ],
    });
    expect(json('invoices.json')).toEqual([
      expect.objectContaining({
        kind: 'INVOICE',
        number: expect.stringMatching(/-\d{4}-\d{6}$/),
        currency: 'EUR',
        grossMinor: 4500,
        url: expect.stringMatching(/\/invoices\/[0-9a-f-]{36}\.pdf$/),
      }),
    ]);
    expect(json('recordings.json')).toEqual([
      expect.objectContaining({
        id: recording.id,
        recordedByYou: true,
        url: expect.stringMatching(new RegExp(`/session-recordings/${recording.id}$`)),
      }),
    ]);
    expect(json('emails.json')).toEqual(expect.arrayContaining([expect.objectContaining({ template: 'paymentReceipt' })]));
    // Nothing private of anyone else: neither the expert's nor the other client's address.
    const all = Object.values(text).join('\n');
    expect(all).not.toContain(expert.user.email);
    expect(all).not.toContain(otherClient.email);

    // Someone else, or nobody, cannot download it.
    expect((await download(await signedInUser(t), ready.downloadUrl!)).status).toBe(404);
    expect((await download(null, ready.downloadUrl!)).status).toBe(401);

    // 48 hours later it is gone, at once and for good once the expiry job ran.
    clock.set(new Date(new Date(ready.expiresAt!).getTime() + 1));
    const gone = await download(client, ready.downloadUrl!);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toMatch(/expired/);
    await expireDataExport(system(t), ready.id);
    expect((await download(client, ready.downloadUrl!)).status).toBe(410);
    expect((await client.data(MyDataExportsDocument)).myDataExports.find((e) => e.id === ready.id)).toMatchObject({
      status: 'EXPIRED',
      downloadUrl: null,
    });
    const files = await t.app.database.db.execute(sql`select 1 from data_export_files where export_id = ${ready.id}`);
    expect(files.length).toBe(0);
  });

  it('gives the expert the reviews they received and their expert side, without the client’s email', async () => {
    const { client, expert, review } = await pastPaidSession(t, clock, '2048-03-04T09:00:00Z');
    const clientEmail = (await client.data(MeDocument)).me!.email!;
    const { json, text } = await openZip(expert.client, (await readyExport(expert.client)).downloadUrl!);
    expect(json('reviews-received.json')).toEqual([expect.objectContaining({ body: review.body, authorName: review.authorName })]);
    expect(json('expert.json')).toMatchObject({
      profile: { id: expert.expert.id },
      offerings: [expect.objectContaining({ title: 'Guitar session 1' })],
      availability: { weeklyWindows: expect.any(Array) },
    });
    expect(json('bookings.json')).toEqual([expect.objectContaining({ role: 'EXPERT', otherParty: review.authorName })]);
    expect(Object.values(text).join('\n')).not.toContain(clientEmail);
  });
});

describe('asking for an export again while one is prepared', () => {
  it('returns the one in preparation and queues no second job', async () => {
    const paused = await startTestApp({ JOB_CONCURRENCY: '0' }, clock);
    try {
      const client = await signedInUser(paused);
      const first = (await client.data(RequestDataExportDocument)).requestDataExport.dataExport;
      const again = (await client.data(RequestDataExportDocument)).requestDataExport.dataExport;
      expect(first).toMatchObject({ status: 'REQUESTED', downloadUrl: null });
      expect(again.id).toBe(first.id);
      const jobs = await paused.app.database.db.execute(sql`select 1 from graphile_worker.jobs where task_identifier = 'privacy:export'`);
      expect(jobs.length).toBe(1);
      expect((await client.data(MyDataExportsDocument)).myDataExports.map((e) => e.id)).toEqual([first.id]);

      // Once it is built, a new request is a new export.
      await buildDataExport(system(paused), first.id);
      expect((await client.data(MyDataExportsDocument)).myDataExports[0]).toMatchObject({ id: first.id, status: 'READY' });
      expect((await client.data(RequestDataExportDocument)).requestDataExport.dataExport.id).not.toBe(first.id);
    } finally {
      await paused.close();
    }
  });
});
