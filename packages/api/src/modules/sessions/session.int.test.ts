import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  BookSlotDocument,
  BookingBillingDocument,
  CompleteOfflineCheckoutDocument,
  DeleteSessionRecordingDocument,
  EndSessionDocument,
  FinishRecordingDocument,
  JoinSessionDocument,
  LeaveSessionDocument,
  PayBookingDocument,
  SendSessionMessageDocument,
  SendSessionSignalDocument,
  SessionHeartbeatDocument,
  SessionMessageAddedDocument,
  SessionRoomChangedDocument,
  SessionRoomDocument,
  SessionSignalsDocument,
  SetRecordingConsentDocument,
  StartRecordingDocument,
} from '@skillcall/schema';
import { expectType, subscribe, type TestClient } from '../../../test/graphql-client';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { listening } from '../../../test/live-events';
import { messagesTopic, roomTopic, signalsTopic } from './session.events';
import { bookableExpert, signedInUser } from '../../../test/booking-fixtures';
import { createLoaders } from '../../loaders';
import { createLogger } from '../../platform/logger';
import { systemContext } from '../../platform/system-context';
import type { StoredPrice } from '../experts/application.content';
import { closeSessionIfDue, sweepSilentStays } from './session.service';

// Monday 2 March 2048, 07:00 in Paris; the experts keep Paris office hours.
const start = new Date('2048-03-02T06:00:00Z');
const clock = new ManualClock(start);
const dataDir = mkdtempSync(path.join(tmpdir(), 'skillcall-sessions-'));
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ DATA_DIR: dataDir }, clock);
});
afterAll(() => t.close());
afterEach(() => clock.set(start));

const system = () =>
  systemContext(
    { config: t.config, logger: createLogger(t.config), clock, db: t.app.database.db, adapters: t.app.adapters, createLoaders },
    'test',
  );
const free: StoredPrice = { model: 'FREE', durationMinutes: 30 };
const perSession: StoredPrice = { model: 'PER_SESSION', amountMinor: 4500, currency: 'EUR', durationMinutes: 60 };
const perMinute: StoredPrice = { model: 'PER_MINUTE', amountMinor: 150, currency: 'EUR', minMinutes: 15, maxMinutes: 30 };

/** A booking at `startsAt`, paid with the offline provider when it has a price. */
async function booked(price: StoredPrice, startsAt: string) {
  const user = await signedInUser(t);
  const expert = await bookableExpert(t, { prices: [price] });
  const result = (await user.data(BookSlotDocument, { input: { offeringId: expert.offerings[0]!.id, startsAt, timeZone: 'Europe/Paris' } }))
    .bookSlot;
  const booking = expectType(result, 'BookingSuccess').booking;
  if (price.model !== 'FREE') {
    const checkout = expectType((await user.data(PayBookingDocument, { input: { bookingId: booking.id } })).payBooking, 'PaymentCheckout');
    await user.data(CompleteOfflineCheckoutDocument, { input: { checkoutId: checkout.url.split('/').pop()!, pay: true } });
  }
  return { user, expert: expert.client, bookingId: booking.id };
}

async function join(client: TestClient, bookingId: string) {
  return expectType((await client.data(JoinSessionDocument, { bookingId })).joinSession, 'JoinSessionSuccess');
}

/** Moves the clock on in 10-second steps, each live page sending its heartbeat as a browser would. */
async function stayFor(ms: number, pages: { client: TestClient; bookingId: string; connectionId: string }[]) {
  for (let left = ms; left > 0; left -= 10_000) {
    clock.advance(Math.min(10_000, left));
    for (const page of pages) expect((await page.client.data(SessionHeartbeatDocument, page)).sessionHeartbeat).toBe(true);
  }
}

const room = async (client: TestClient, bookingId: string) => (await client.data(SessionRoomDocument, { bookingId })).sessionRoom!;
const payment = async (client: TestClient, bookingId: string) =>
  (await client.data(BookingBillingDocument, { id: bookingId })).booking!.payment!;

describe('entering the room', () => {
  it('opens 10 minutes before the start, to the two participants only, and marks the booking under way once both are in', async () => {
    const { user, expert, bookingId } = await booked(free, '2048-03-03T09:00:00Z');
    clock.set(new Date('2048-03-03T08:45:00Z'));
    expect((await user.data(JoinSessionDocument, { bookingId })).joinSession).toMatchObject({
      code: 'SESSION_NOT_OPEN',
      opensAt: '2048-03-03T08:50:00.000Z',
    });
    expect(await room(user, bookingId)).toMatchObject({ state: 'NOT_OPEN_YET', myRole: 'USER' });

    const stranger = await signedInUser(t);
    expect((await stranger.execute(JoinSessionDocument, { bookingId })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await stranger.data(SessionRoomDocument, { bookingId })).sessionRoom).toBeNull();

    clock.set(new Date('2048-03-03T08:50:00Z'));
    const first = await join(user, bookingId);
    expect(first.room).toMatchObject({
      state: 'OPEN',
      participants: [
        { role: 'USER', present: true },
        { role: 'EXPERT', present: false, connectionId: null },
      ],
    });
    const expertIn = await join(expert, bookingId);
    expect(expertIn.room.participants.map((p) => p.present)).toEqual([true, true]);
    expect((await user.data(BookingBillingDocument, { id: bookingId })).booking!.status).toBe('IN_SESSION');

    // A reload opens a new stay; the old one can no longer send signals or heartbeats.
    const reloaded = await join(user, bookingId);
    expect(reloaded.connectionId).not.toBe(first.connectionId);
    expect((await user.data(SessionHeartbeatDocument, { bookingId, connectionId: first.connectionId })).sessionHeartbeat).toBe(false);
    expect((await room(expert, bookingId)).participants[0]).toMatchObject({ present: true, connectionId: reloaded.connectionId });
  });

  it('tells the other side when a browser goes away without leaving', async () => {
    const { user, expert, bookingId } = await booked(free, '2048-03-03T12:00:00Z');
    clock.set(new Date('2048-03-03T12:00:00Z'));
    const userPage = { client: user, bookingId, connectionId: (await join(user, bookingId)).connectionId };
    await join(expert, bookingId);
    const changes = subscribe(user, SessionRoomChangedDocument, { bookingId });
    await listening(t, roomTopic(bookingId));
    await stayFor(40_000, [userPage]); // the expert's page sends nothing any more
    await sweepSilentStays(system()); // (each instance also runs it every 5 seconds)
    expect(await changes.next()).toMatchObject({ data: { sessionRoomChanged: { participants: [{ present: true }, { present: false }] } } });
    await sweepSilentStays(system()); // nothing more to close: no second event
    await join(expert, bookingId); // the next event is the expert coming back, not a repeat of the first
    expect(await changes.next()).toMatchObject({ data: { sessionRoomChanged: { participants: [{ present: true }, { present: true }] } } });
    expect(changes.pending).toEqual([]);
    await changes.close();
  });
});

describe('signalling', () => {
  it('passes descriptions and candidates to the other participant only, from their current stay', async () => {
    const { user, expert, bookingId } = await booked(free, '2048-03-03T10:00:00Z');
    clock.set(new Date('2048-03-03T10:00:00Z'));
    const userIn = await join(user, bookingId);
    const expertIn = await join(expert, bookingId);
    const toUser = subscribe(user, SessionSignalsDocument, { bookingId });
    const toExpert = subscribe(expert, SessionSignalsDocument, { bookingId });
    const stranger = subscribe(await signedInUser(t), SessionSignalsDocument, { bookingId });
    expect((await stranger.next()).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // A description larger than PostgreSQL's 8 kB notification limit arrives whole.
    const offer = JSON.stringify({ type: 'offer', sdp: `v=0\r\n${'a=candidate-line\r\n'.repeat(1200)}` });
    expect(offer.length).toBeGreaterThan(20_000);
    const send = (client: TestClient, connectionId: string, kind: 'DESCRIPTION' | 'CANDIDATE', payload: string) =>
      client.data(SendSessionSignalDocument, { input: { bookingId, connectionId, kind, payload } }).then((r) => r.sendSessionSignal);
    await listening(t, signalsTopic(bookingId, 'USER'));
    await listening(t, signalsTopic(bookingId, 'EXPERT'));
    expect(await send(expert, expertIn.connectionId, 'DESCRIPTION', offer)).toBe(true);
    expect(await send(expert, expertIn.connectionId, 'CANDIDATE', '{"candidate":"candidate:1 1 udp 1 127.0.0.1 5000 typ host"}')).toBe(
      true,
    );
    expect((await toUser.next()).data?.sessionSignals).toEqual({
      fromConnectionId: expertIn.connectionId,
      kind: 'DESCRIPTION',
      payload: offer,
    });
    expect((await toUser.next()).data?.sessionSignals).toMatchObject({ kind: 'CANDIDATE' });
    expect(await send(user, userIn.connectionId, 'DESCRIPTION', '{"type":"answer","sdp":"v=0"}')).toBe(true);
    expect((await toExpert.next()).data?.sessionSignals).toMatchObject({ fromConnectionId: userIn.connectionId, kind: 'DESCRIPTION' });
    expect(toExpert.pending).toEqual([]); // the expert never gets their own signals back

    // Refused: someone else's stay, a stay replaced by a reload, and a payload that is not JSON.
    expect(await send(user, expertIn.connectionId, 'CANDIDATE', '{}')).toBe(false);
    await join(user, bookingId);
    expect(await send(user, userIn.connectionId, 'CANDIDATE', '{}')).toBe(false);
    expect(await send(expert, expertIn.connectionId, 'CANDIDATE', 'not json')).toBe(false);
    await Promise.all([toUser.close(), toExpert.close(), stranger.close()]);
  });
});

describe('metering and the end', () => {
  it('bills a per-minute session for the time both were connected, across a departure, a vanished browser and both returns', async () => {
    const { user, expert, bookingId } = await booked(perMinute, '2048-03-05T09:00:00Z');
    clock.set(new Date('2048-03-05T09:00:00Z'));
    const u1 = { client: user, bookingId, connectionId: (await join(user, bookingId)).connectionId };
    await stayFor(60_000, [u1]); // alone for a minute: not billed
    const e1 = { client: expert, bookingId, connectionId: (await join(expert, bookingId)).connectionId };
    await stayFor(120_000, [u1, e1]); // together 2 min
    expect((await user.data(LeaveSessionDocument, u1)).leaveSession).toBe(true);
    await stayFor(60_000, [e1]); // the user is away 1 min
    const u2 = { client: user, bookingId, connectionId: (await join(user, bookingId)).connectionId };
    await stayFor(50_000, [u2, e1]); // together 50 s more
    await stayFor(60_000, [u2]); // the expert's browser vanished: it counts until its last heartbeat
    expect((await room(user, bookingId)).participants[1]!.present).toBe(false);
    expect((await room(user, bookingId)).connectedSeconds).toBe(170);
    const e2 = { client: expert, bookingId, connectionId: (await join(expert, bookingId)).connectionId };
    await stayFor(20_000, [u2, e2]); // the expert is back: 20 s more

    const ended = expectType((await user.data(EndSessionDocument, { bookingId })).endSession, 'SessionSuccess').room;
    expect(ended).toMatchObject({ state: 'ENDED', endReason: 'ENDED', endedBy: 'USER', connectedSeconds: 190, billedMinutes: 4 });
    expect((await expert.data(EndSessionDocument, { bookingId })).endSession).toMatchObject({ code: 'SESSION_ENDED' });
    expect((await user.data(JoinSessionDocument, { bookingId })).joinSession).toMatchObject({ code: 'SESSION_ENDED' });
    await expect.poll(async () => (await payment(user, bookingId)).captured.amountMinor, { timeout: 10_000 }).toBe(600);
    expect((await user.data(BookingBillingDocument, { id: bookingId })).booking).toMatchObject({
      status: 'COMPLETED',
      guarantee: { canRequestRefund: true },
    });
  });

  it('ends by itself at the booked end', async () => {
    const { user, expert, bookingId } = await booked(free, '2048-03-03T13:00:00Z');
    clock.set(new Date('2048-03-03T13:29:40Z'));
    const pages = [
      { client: user, bookingId, connectionId: (await join(user, bookingId)).connectionId },
      { client: expert, bookingId, connectionId: (await join(expert, bookingId)).connectionId },
    ];
    await stayFor(20_000, pages);
    await closeSessionIfDue(system(), bookingId);
    expect(await room(expert, bookingId)).toMatchObject({
      state: 'ENDED',
      endReason: 'MAX_DURATION',
      endedBy: 'SYSTEM',
      connectedSeconds: 20,
    });
    expect((await expert.data(SessionHeartbeatDocument, pages[1]!)).sessionHeartbeat).toBe(false);
  });
});

describe('no-shows', () => {
  it('refunds the user in full when the expert is not there 10 minutes after the start', async () => {
    const { user, expert, bookingId } = await booked(perSession, '2048-03-04T09:00:00Z');
    clock.set(new Date('2048-03-04T09:00:00Z'));
    await join(user, bookingId);
    clock.set(new Date('2048-03-04T09:09:59Z'));
    await closeSessionIfDue(system(), bookingId);
    expect((await room(user, bookingId)).state).toBe('OPEN');
    clock.set(new Date('2048-03-04T09:10:00Z'));
    await closeSessionIfDue(system(), bookingId);
    expect(await room(expert, bookingId)).toMatchObject({ state: 'ENDED', endReason: 'EXPERT_NO_SHOW' });
    expect((await user.data(BookingBillingDocument, { id: bookingId })).booking!.status).toBe('NO_SHOW');
    await expect.poll(async () => (await payment(user, bookingId)).refunded.amountMinor, { timeout: 10_000 }).toBe(4500);
  });

  it('lets the cancellation policy decide when the user never comes', async () => {
    const { user, expert, bookingId } = await booked(perSession, '2048-03-05T13:00:00Z');
    clock.set(new Date('2048-03-05T13:00:00Z'));
    await join(expert, bookingId);
    // Before the no-show delay the expert cannot end a session the user never joined.
    expect((await expert.data(EndSessionDocument, { bookingId })).endSession).toMatchObject({
      code: 'SESSION_NOT_STARTED',
      noShowAt: '2048-03-05T13:10:00.000Z',
    });
    clock.set(new Date('2048-03-05T13:15:00Z'));
    const ended = expectType((await expert.data(EndSessionDocument, { bookingId })).endSession, 'SessionSuccess').room;
    expect(ended).toMatchObject({ endReason: 'USER_NO_SHOW', endedBy: 'EXPERT' });
    const booking = (await user.data(BookingBillingDocument, { id: bookingId })).booking!;
    // FLEXIBLE gives nothing back at the start.
    expect(booking).toMatchObject({ status: 'NO_SHOW', payment: { status: 'CAPTURED', refunded: { amountMinor: 0 } } });
  });
});

describe('chat', () => {
  it('keeps messages with the booking and delivers them live to both participants', async () => {
    const { user, expert, bookingId } = await booked(free, '2048-03-04T13:00:00Z');
    clock.set(new Date('2048-03-04T13:00:00Z'));
    const live = subscribe(expert, SessionMessageAddedDocument, { bookingId });
    await listening(t, messagesTopic(bookingId));
    const sent = (await user.data(SendSessionMessageDocument, { input: { bookingId, body: '  Bonjour, ma guitare grésille  ' } }))
      .sendSessionMessage;
    expect(expectType(sent, 'SessionMessageSuccess').sessionMessage).toMatchObject({
      body: 'Bonjour, ma guitare grésille',
      senderRole: 'USER',
    });
    expect((await live.next()).data?.sessionMessageAdded).toMatchObject({ body: 'Bonjour, ma guitare grésille', senderRole: 'USER' });
    expect((await user.data(SendSessionMessageDocument, { input: { bookingId, body: '   ' } })).sendSessionMessage).toMatchObject({
      fieldErrors: [{ field: 'body', code: 'REQUIRED' }],
    });
    expect(
      (await (await signedInUser(t)).execute(SendSessionMessageDocument, { input: { bookingId, body: 'hi' } })).errors?.[0]?.extensions
        ?.code,
    ).toBe('NOT_FOUND');
    // After a reload the history is there.
    expect((await room(expert, bookingId)).messages.map((m) => m.body)).toEqual(['Bonjour, ma guitare grésille']);
    await live.close();
  });

  it('refuses contact details from either participant and keeps them out of the history', async () => {
    const { user, expert, bookingId } = await booked(free, '2048-03-04T14:00:00Z');
    clock.set(new Date('2048-03-04T14:00:00Z'));
    const send = (client: TestClient, body: string) =>
      client.data(SendSessionMessageDocument, { input: { bookingId, body } }).then((r) => r.sendSessionMessage);
    for (const [client, body] of [
      [expert, 'Next time skip the fees: jean.dupont @ gmail . com'],
      [expert, 'Mon WhatsApp : O6 l2 34 56 78'],
      [user, 'Add me, insta: @walker'],
    ] as const) {
      expect(expectType(await send(client, body), 'InvalidInputError').fieldErrors).toEqual([
        expect.objectContaining({ field: 'body', code: 'CONTACT_DETAILS' }),
      ]);
    }
    expectType(await send(user, 'See you at 14:30, the exercise on page 45 is done.'), 'SessionMessageSuccess');
    expect((await room(expert, bookingId)).messages.map((m) => m.body)).toEqual(['See you at 14:30, the exercise on page 45 is done.']);
  });
});

describe('recording', () => {
  it('records only with both consents, takes chunks in order, plays to the participants only, and deletes', async () => {
    const { user, expert, bookingId } = await booked(free, '2048-03-04T15:00:00Z');
    clock.set(new Date('2048-03-04T15:00:00Z'));
    await join(user, bookingId);
    await join(expert, bookingId);
    const startRec = () =>
      user.data(StartRecordingDocument, { input: { bookingId, mimeType: 'video/webm;codecs=vp8,opus' } }).then((r) => r.startRecording);
    await user.data(SetRecordingConsentDocument, { bookingId, consent: true });
    expect(await startRec()).toMatchObject({ code: 'RECORDING_NOT_AGREED' });
    expect((await expert.data(SetRecordingConsentDocument, { bookingId, consent: true })).setRecordingConsent.recordingAllowed).toBe(true);

    const recording = expectType(await startRec(), 'RecordingSuccess').recording;
    expect(recording).toMatchObject({ ready: false, recordedBy: 'USER' });
    const put = (client: TestClient | null, index: number, bytes: string, uploadUrl = recording.uploadUrl) =>
      fetch(`${t.url}${uploadUrl}/${index}`, {
        method: 'PUT',
        body: bytes,
        headers: { 'content-type': 'application/octet-stream', ...(client ? { cookie: client.cookieHeader } : {}) },
      }).then((r) => r.status);
    expect(await put(user, 0, 'first-')).toBe(204);
    expect(await put(user, 2, 'third')).toBe(409);
    expect(await put(user, 1, 'second')).toBe(204);
    expect(await put(user, 1, 'second')).toBe(204); // a retry is harmless
    expect(await put(expert, 2, 'not theirs')).toBe(404);
    expect(await put(null, 2, 'anonymous')).toBe(401);

    const finished = (await user.data(FinishRecordingDocument, { recordingId: recording.id })).finishRecording;
    expect(finished).toMatchObject({ ready: true, sizeBytes: 12 });
    const play = (client: TestClient | null, range?: string) =>
      fetch(`${t.url}${recording.url}`, { headers: { ...(client ? { cookie: client.cookieHeader } : {}), ...(range ? { range } : {}) } });
    const full = await play(expert);
    expect(full.status).toBe(200);
    expect(full.headers.get('content-type')).toBe('video/webm');
    expect(await full.text()).toBe('first-second');
    const part = await play(user, 'bytes=6-11');
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 6-11/12');
    expect(await part.text()).toBe('second');
    expect((await play(await signedInUser(t))).status).toBe(404);
    expect((await play(null)).status).toBe(401);

    // Withdrawing consent stops a recording under way: further chunks are refused and what arrived is kept.
    const second = expectType(await startRec(), 'RecordingSuccess').recording;
    expect(await put(user, 0, 'partial', second.uploadUrl)).toBe(204);
    expect((await expert.data(SetRecordingConsentDocument, { bookingId, consent: false })).setRecordingConsent.recordingAllowed).toBe(
      false,
    );
    expect(await put(user, 1, 'more', second.uploadUrl)).toBe(409);
    expect((await room(user, bookingId)).recordings.map((r) => [r.id, r.ready, r.sizeBytes])).toEqual([
      [recording.id, true, 12],
      [second.id, true, 7],
    ]);

    expect((await expert.data(DeleteSessionRecordingDocument, { recordingId: recording.id })).deleteSessionRecording).toBe(true);
    expect((await play(user)).status).toBe(404);
    expect(readdirSync(path.join(dataDir, 'recordings')).filter((name) => name.startsWith(recording.id))).toEqual([]);
    expect(existsSync(path.join(dataDir, 'recordings', `${second.id}.media`))).toBe(true);
  });
});
