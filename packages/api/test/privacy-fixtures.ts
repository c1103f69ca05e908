/** Someone's history on the platform, for the data export and account deletion suites: a paid session that took place, with chat, a recording and a review. */
import {
  BookSlotDocument,
  CompleteOfflineCheckoutDocument,
  FinishRecordingDocument,
  JoinSessionDocument,
  PayBookingDocument,
  SendSessionMessageDocument,
  SetRecordingConsentDocument,
  StartRecordingDocument,
  SubmitReviewDocument,
} from '@skillcall/schema';
import type { StoredPrice } from '../src/modules/experts/application.content';
import type { ManualClock } from '../src/platform/clock';
import { bookableExpert, signedInUser } from './booking-fixtures';
import { expectType, type TestClient } from './graphql-client';
import type { TestApp } from './harness';
import { holdSession } from './session-fixtures';

export const perSession: StoredPrice = { model: 'PER_SESSION', amountMinor: 4500, currency: 'EUR', durationMinutes: 60 };

/** Books `startsAt` on the expert's first offering and pays it with the offline provider (free offerings are confirmed at once). */
export async function bookAndPay(client: TestClient, offeringId: string, startsAt: string) {
  const booking = expectType(
    (await client.data(BookSlotDocument, { input: { offeringId, startsAt, timeZone: 'Europe/Paris' } })).bookSlot,
    'BookingSuccess',
  ).booking;
  if (booking.status === 'PENDING_PAYMENT') {
    const checkout = expectType(
      (await client.data(PayBookingDocument, { input: { bookingId: booking.id } })).payBooking,
      'PaymentCheckout',
    );
    await client.data(CompleteOfflineCheckoutDocument, { input: { checkoutId: checkout.url.split('/').pop()!, pay: true } });
  }
  return booking;
}

/**
 * At `startsAt` a client and an expert (new ones unless given) hold a paid one-hour session: the client writes in the
 * chat, records a few bytes with both consents, and afterwards reviews it.
 */
export async function pastPaidSession(
  t: TestApp,
  clock: ManualClock,
  startsAt: string,
  options: { client?: TestClient; expert?: Awaited<ReturnType<typeof bookableExpert>>; policy?: 'FLEXIBLE' | 'MODERATE' | 'STRICT' } = {},
) {
  const client = options.client ?? (await signedInUser(t));
  const expert = options.expert ?? (await bookableExpert(t, { prices: [perSession], policy: options.policy }));
  const booking = await bookAndPay(client, expert.offerings[0]!.id, startsAt);
  clock.set(new Date(startsAt));
  for (const side of [client, expert.client])
    expectType((await side.data(JoinSessionDocument, { bookingId: booking.id })).joinSession, 'JoinSessionSuccess');
  // A tag unique to this booking, in letters: digits from the id could read as a phone number and be refused.
  const tag = booking.id.slice(0, 8).replace(/\d/g, (digit) => 'ghjkmnpqrs'[Number(digit)]!);
  const message = `Hello, my E string buzzes (${tag})`;
  await client.data(SendSessionMessageDocument, { input: { bookingId: booking.id, body: message } });
  for (const side of [client, expert.client]) await side.data(SetRecordingConsentDocument, { bookingId: booking.id, consent: true });
  const recording = expectType(
    (await client.data(StartRecordingDocument, { input: { bookingId: booking.id, mimeType: 'video/webm' } })).startRecording,
    'RecordingSuccess',
  ).recording;
  await fetch(`${t.url}${recording.uploadUrl}/0`, {
    method: 'PUT',
    body: 'media bytes',
    headers: { 'content-type': 'application/octet-stream', cookie: client.cookieHeader },
  });
  await client.data(FinishRecordingDocument, { recordingId: recording.id });
  await holdSession(clock, { user: client, expert: expert.client, bookingId: booking.id, from: startsAt, seconds: 120 });
  const reviewBody = `Patient and precise, the buzz is gone (${tag}).`;
  const review = expectType(
    (await client.data(SubmitReviewDocument, { input: { bookingId: booking.id, rating: 5, body: reviewBody } })).submitReview,
    'ReviewSuccess',
  ).review;
  return { client, expert, booking, message, recording, review };
}
