import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import {
  BookSlotDocument,
  BookableSlotsDocument,
  BookingDocument,
  CancelBookingDocument,
  MyBookingsDocument,
  RescheduleBookingDocument,
  ResetCalendarFeedDocument,
  RevokeCalendarFeedDocument,
  MyAvailabilityDocument,
  UpdateAvailabilityDocument,
  ExpertSlotsChangedDocument,
} from '@skillcall/schema';
import { expectType, subscribe, type TestClient } from '../../../test/graphql-client';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { listening } from '../../../test/live-events';
import { slotsTopic } from '../availability/slots-events';
import { bookableExpert, signedInUser } from '../../../test/booking-fixtures';
import { bookAndPay, perSession } from '../../../test/privacy-fixtures';
import { isPgError, pgErrorCodes } from '../../platform/db/client';
import { systemContext } from '../../platform/system-context';
import { createLogger } from '../../platform/logger';
import { createLoaders } from '../../loaders';
import { expireHold } from './booking-changes.service';
import { insertBooking } from './booking.queries';
import { createUser } from '../../seed/factories';

// Monday 2 March 2048 (far ahead, so the job worker leaves reminders queued), 07:00 in Paris: office hours (09:00–12:00, 13:00–18:00) are ahead.
const clock = new ManualClock(new Date('2048-03-02T06:00:00Z'));
let t: TestApp;
let user: TestClient;

beforeAll(async () => {
  t = await startTestApp({}, clock);
  user = await signedInUser(t);
});
afterAll(() => t.close());

const at = (iso: string) => new Date(iso).toISOString();
const book = async (client: TestClient, offeringId: string, startsAt: string, timeZone = 'America/New_York') =>
  (await client.data(BookSlotDocument, { input: { offeringId, startsAt, timeZone } })).bookSlot;
const slotStarts = async (offeringId: string, from: string, timeZone: string, days = 1) =>
  (await t.client().data(BookableSlotsDocument, { offeringId, from, days, timeZone })).bookableSlots.days.flatMap((d) =>
    d.slots.map((s) => s.startsAt),
  );

describe('bookable slots', () => {
  it('lists the expert’s Paris office hours in the viewer’s own time zone', async () => {
    const { offerings } = await bookableExpert(t);
    const slots = await t
      .client()
      .data(BookableSlotsDocument, { offeringId: offerings[0]!.id, from: '2048-03-02', days: 1, timeZone: 'America/New_York' });
    expect(slots.bookableSlots).toMatchObject({ timeZone: 'America/New_York', expertTimeZone: 'Europe/Paris', durationMinutes: 60 });
    const [day] = slots.bookableSlots.days;
    // 09:00 in Paris is 03:00 in New York (UTC+1 against UTC−5); the last 60-minute slot of the afternoon starts 17:00 Paris.
    expect(day!.date).toBe('2048-03-02');
    expect(day!.slots[0]).toMatchObject({ startsAt: at('2048-03-02T08:00:00Z'), localTime: '03:00' });
    expect(day!.slots.at(-1)).toMatchObject({ startsAt: at('2048-03-02T16:00:00Z'), localTime: '11:00' });
  });

  it('tells visitors watching an expert’s slots when a booking or a schedule edit changes them, and only that expert’s watchers', async () => {
    const { offerings, expert, client: expertClient } = await bookableExpert(t);
    const other = await bookableExpert(t);
    const slots = await t
      .client()
      .data(BookableSlotsDocument, { offeringId: offerings[0]!.id, from: '2048-03-02', days: 1, timeZone: 'Europe/Paris' });
    expect(slots.bookableSlots.expertId).toBe(expert.id);
    const watcher = subscribe(t.client(), ExpertSlotsChangedDocument, { expertId: expert.id });
    const otherWatcher = subscribe(t.client(), ExpertSlotsChangedDocument, { expertId: other.expert.id });
    await listening(t, slotsTopic(expert.id));
    await listening(t, slotsTopic(other.expert.id));

    expectType(await book(user, offerings[0]!.id, at('2048-03-02T15:00:00Z')), 'BookingSuccess');
    expect((await watcher.next()).data?.expertSlotsChanged).toEqual({ expertId: expert.id, reason: 'BOOKINGS' });
    const schedule = (await expertClient.data(MyAvailabilityDocument)).myAvailability;
    const edited = {
      ...schedule,
      maxSessionsPerDay: 3,
      exceptions: [],
      weekly: schedule.weekly.map(({ weekday, start, end }) => ({ weekday, start, end })),
    };
    expectType((await expertClient.data(UpdateAvailabilityDocument, { input: edited })).updateAvailability, 'AvailabilitySuccess');
    expect((await watcher.next()).data?.expertSlotsChanged).toEqual({ expertId: expert.id, reason: 'SCHEDULE' });
    expect(otherWatcher.pending).toEqual([]);
    await Promise.all([watcher.close(), otherWatcher.close()]);
  });

  it('refuses an unknown time zone with a clear error', async () => {
    const { offerings } = await bookableExpert(t);
    const result = await t
      .client()
      .execute(BookableSlotsDocument, { offeringId: offerings[0]!.id, from: '2048-03-02', timeZone: 'Mars/Olympus' });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('Mars/Olympus') });
  });
});

describe('the availability editor', () => {
  it('names each refused window with its reason (overlap, end before start) and changes nothing', async () => {
    const { client } = await bookableExpert(t);
    const before = (await client.data(MyAvailabilityDocument)).myAvailability;
    const input = {
      timeZone: 'Europe/Paris',
      weekly: [
        { weekday: 1, start: '09:00', end: '12:00' },
        { weekday: 1, start: '11:00', end: '13:00' },
        { weekday: 2, start: '15:00', end: '14:00' },
      ],
      exceptions: [{ date: '2048-03-04', kind: 'EXTRA_HOURS' as const, start: '20:00', end: '19:00' }],
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      minNoticeMinutes: 60,
    };
    const refused = expectType((await client.data(UpdateAvailabilityDocument, { input })).updateAvailability, 'InvalidInputError');
    expect(refused.fieldErrors.map((e) => [e.field, e.code])).toEqual(
      expect.arrayContaining([
        ['weekly.1.start', 'OVERLAPS'],
        ['weekly.2.end', 'ENDS_BEFORE_START'],
        ['exceptions.0.end', 'ENDS_BEFORE_START'],
      ]),
    );
    expect(refused.fieldErrors).toHaveLength(3);
    expect((await client.data(MyAvailabilityDocument)).myAvailability).toEqual(before);
  });
});

describe('booking a slot', () => {
  it('confirms a free slot at once, then refuses it and any overlapping slot to others with SlotUnavailableError', async () => {
    const { offerings } = await bookableExpert(t);
    const id = offerings[0]!.id;
    const booked = expectType(await book(user, id, at('2048-03-02T08:00:00Z')), 'BookingSuccess').booking;
    expect(booked).toMatchObject({
      status: 'CONFIRMED',
      source: 'SCHEDULED',
      priceModel: 'FREE',
      startsAt: at('2048-03-02T08:00:00Z'),
      endsAt: at('2048-03-02T09:00:00Z'),
    });
    const other = await signedInUser(t);
    expect(await book(other, id, at('2048-03-02T08:00:00Z'))).toMatchObject({
      __typename: 'SlotUnavailableError',
      code: 'SLOT_UNAVAILABLE',
    });
    expect(await book(other, id, at('2048-03-02T08:30:00Z'))).toMatchObject({ __typename: 'SlotUnavailableError' });
    expectType(await book(other, id, at('2048-03-02T09:00:00Z')), 'BookingSuccess');
    expect(await slotStarts(id, '2048-03-02', 'Europe/Paris')).not.toContain(at('2048-03-02T08:30:00Z'));
  });

  it('200 racing requests for overlapping slots give non-overlapping bookings, one per slot at most, and typed refusals for the rest', async () => {
    const { offerings, expert } = await bookableExpert(t);
    const id = offerings[0]!.id;
    const wanted = ['08:00', '08:30', '10:00', '13:00'].map((hm) => at(`2048-03-02T${hm}:00Z`));
    const clients = await Promise.all(Array.from({ length: 40 }, () => signedInUser(t)));
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => book(clients[i % 40]!, id, wanted[i % wanted.length]!)));
    const wins = results.filter((r) => r.__typename === 'BookingSuccess');
    expect(results.filter((r) => r.__typename !== 'BookingSuccess').every((r) => r.__typename === 'SlotUnavailableError')).toBe(true);
    const rows = await t.app.database.db.execute<{ starts_at: string; n: number }>(
      sql`select starts_at, count(*)::int as n from bookings where expert_id = ${expert.id} group by starts_at order by starts_at`,
    );
    // 08:00 and 08:30 overlap: exactly one of them wins; 10:00 and 13:00 are both taken, once each.
    expect(rows.every((r) => r.n === 1)).toBe(true);
    expect(wins).toHaveLength(3);
    expect(rows.map((r) => new Date(r.starts_at).toISOString()).slice(1)).toEqual([wanted[2], wanted[3]]);
  });

  it('the database itself refuses two overlapping bookings of one expert, buffers included', async () => {
    const { offerings, expert, user: expertUser } = await bookableExpert(t);
    const client = await createdUserId();
    const base = {
      offeringId: offerings[0]!.id,
      expertId: expert.id,
      userId: client,
      status: 'CONFIRMED' as const,
      source: 'SCHEDULED' as const,
      priceModel: 'FREE' as const,
      cancellationPolicy: 'FLEXIBLE' as const,
      userTimeZone: 'UTC',
    };
    const db = t.app.database.db;
    await insertBooking(db, {
      ...base,
      startsAt: new Date('2048-04-01T10:00:00Z'),
      endsAt: new Date('2048-04-01T11:00:00Z'),
      blockedFrom: new Date('2048-04-01T10:00:00Z'),
      blockedUntil: new Date('2048-04-01T11:15:00Z'),
    });
    const overlapping = insertBooking(db, {
      ...base,
      startsAt: new Date('2048-04-01T11:10:00Z'),
      endsAt: new Date('2048-04-01T12:00:00Z'),
      blockedFrom: new Date('2048-04-01T11:10:00Z'),
      blockedUntil: new Date('2048-04-01T12:00:00Z'),
    });
    await expect(overlapping).rejects.toSatisfy((error: unknown) =>
      isPgError(error, pgErrorCodes.exclusionViolation, 'bookings_no_overlap'),
    );
    expect(expertUser.id).not.toBe(client);
  });

  it('holds a paid slot 15 minutes for payment, then releases it', async () => {
    const { offerings } = await bookableExpert(t, {
      prices: [{ model: 'PER_SESSION', amountMinor: 4500, currency: 'EUR', durationMinutes: 60 }],
    });
    const id = offerings[0]!.id;
    const held = expectType(await book(user, id, at('2048-03-02T13:00:00Z')), 'BookingSuccess').booking;
    expect(held).toMatchObject({
      status: 'PENDING_PAYMENT',
      price: { amountMinor: 4500, currency: 'EUR' },
      holdExpiresAt: at('2048-03-02T06:15:00Z'),
    });
    expect(await slotStarts(id, '2048-03-02', 'Europe/Paris')).not.toContain(at('2048-03-02T13:00:00Z'));

    clock.advance(16 * 60_000);
    try {
      const ctx = systemContext(
        { config: t.config, logger: createLogger(t.config), clock, db: t.app.database.db, adapters: t.app.adapters, createLoaders },
        'test',
      );
      await expireHold(ctx, held.id);
      expect((await user.data(BookingDocument, { id: held.id })).booking?.status).toBe('EXPIRED');
      expect(await slotStarts(id, '2048-03-02', 'Europe/Paris')).toContain(at('2048-03-02T13:00:00Z'));
    } finally {
      clock.advance(-16 * 60_000);
    }
  });
});

async function createdUserId(): Promise<string> {
  return (await createUser(t.app.database.db, {})).id;
}

describe('cancelling and moving', () => {
  it('shows the frozen policy’s terms, cancels once, and refuses to cancel twice with a typed error', async () => {
    const { offerings, expert } = await bookableExpert(t, { policy: 'MODERATE', prices: [perSession] });
    const booked = await bookAndPay(user, offerings[0]!.id, at('2048-03-05T08:00:00Z'));
    // The expert changes the policy afterwards: the booking keeps the one it was made under.
    await t.app.database.db.execute(sql`update offerings set cancellation_policy = 'STRICT' where expert_id = ${expert.id}`);
    const seen = (await user.data(BookingDocument, { id: booked.id })).booking!;
    expect(seen.cancellationPolicy).toBe('MODERATE');
    // In the hour after booking, changing one's mind costs nothing, and the booking may still be moved.
    expect(seen.changeTerms).toMatchObject({
      refundPercent: 100,
      validUntil: at('2048-03-02T07:00:00Z'),
      nextRefundPercent: 50,
      canReschedule: true,
    });
    // Then, 3 days before the start under MODERATE: half back until 24 hours before, then nothing; no more moving.
    clock.advance(61 * 60_000);
    const later = (await user.data(BookingDocument, { id: booked.id })).booking!;
    expect(later.changeTerms).toMatchObject({
      refundPercent: 50,
      validUntil: at('2048-03-04T08:00:00Z'),
      nextRefundPercent: 0,
      canReschedule: false,
    });

    // The reason is shown to the expert: no contact details in it, and a refused reason cancels nothing.
    const solicit = { bookingId: booked.id, reason: 'Plans changed, book me directly: wa.me/33612345678' };
    expect(expectType((await user.data(CancelBookingDocument, { input: solicit })).cancelBooking, 'InvalidInputError').fieldErrors).toEqual(
      [expect.objectContaining({ field: 'reason', code: 'CONTACT_DETAILS' })],
    );
    expect((await user.data(BookingDocument, { id: booked.id })).booking!.status).toBe('CONFIRMED');
    const cancelled = expectType(
      (await user.data(CancelBookingDocument, { input: { bookingId: booked.id, reason: 'Plans changed' } })).cancelBooking,
      'BookingSuccess',
    ).booking;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelledBy: 'USER', refundPercent: 50 });
    expect((await user.data(CancelBookingDocument, { input: { bookingId: booked.id } })).cancelBooking).toMatchObject({
      __typename: 'BookingTransitionError',
      from: 'CANCELLED',
      to: 'CANCELLED',
    });
    expect(await slotStarts(offerings[0]!.id, '2048-03-05', 'Europe/Paris')).toContain(at('2048-03-05T08:00:00Z'));
    // Still ahead in time, but no longer upcoming: the user finds it among past bookings.
    const listed = async (period: 'UPCOMING' | 'PAST') =>
      (await user.data(MyBookingsDocument, { period, first: 100 })).myBookings.edges.map((e) => e.node.id);
    expect(await listed('UPCOMING')).not.toContain(booked.id);
    expect(await listed('PAST')).toContain(booked.id);
    clock.advance(-61 * 60_000);
  });

  it('moves a booking while a full refund applies, and refuses once the deadline has passed', async () => {
    const { offerings } = await bookableExpert(t, { prices: [perSession] });
    const id = offerings[0]!.id;
    const early = await bookAndPay(user, id, at('2048-03-06T08:00:00Z'));
    const moved = expectType(
      (await user.data(RescheduleBookingDocument, { input: { bookingId: early.id, startsAt: at('2048-03-06T10:00:00Z') } }))
        .rescheduleBooking,
      'BookingSuccess',
    ).booking;
    expect(moved).toMatchObject({
      id: early.id,
      startsAt: at('2048-03-06T10:00:00Z'),
      endsAt: at('2048-03-06T11:00:00Z'),
      status: 'CONFIRMED',
    });
    const soon = await bookAndPay(user, id, at('2048-03-02T14:00:00Z'));
    expect(
      (await user.data(RescheduleBookingDocument, { input: { bookingId: soon.id, startsAt: at('2048-03-06T13:00:00Z') } }))
        .rescheduleBooking,
    ).toMatchObject({
      __typename: 'RescheduleNotAllowedError',
      code: 'RESCHEDULE_NOT_ALLOWED',
    });
  });

  it('lets the user move a free session booked for later today until it starts, and says so', async () => {
    const { offerings } = await bookableExpert(t, { policy: 'STRICT' });
    const booked = expectType(await book(user, offerings[0]!.id, at('2048-03-02T15:00:00Z')), 'BookingSuccess').booking;
    const seen = (await user.data(BookingDocument, { id: booked.id })).booking!;
    expect(seen.changeTerms).toMatchObject({
      rule: 'FREE',
      canReschedule: true,
      statements: [{ kind: 'FREE_UNTIL_START', at: at('2048-03-02T15:00:00Z'), percent: null }],
    });
    const moved = (await user.data(RescheduleBookingDocument, { input: { bookingId: booked.id, startsAt: at('2048-03-02T16:00:00Z') } }))
      .rescheduleBooking;
    expect(moved).toMatchObject({ __typename: 'BookingSuccess', booking: { startsAt: at('2048-03-02T16:00:00Z') } });
  });

  it('lets the expert move a booking until it starts, and nobody once it has started', async () => {
    const { offerings, client: expertClient } = await bookableExpert(t);
    const booked = expectType(await book(user, offerings[0]!.id, at('2048-03-02T10:00:00Z')), 'BookingSuccess').booking;
    const terms = async (client: TestClient) => (await client.data(BookingDocument, { id: booked.id })).booking!.changeTerms;
    expect(await terms(expertClient)).toMatchObject({ canReschedule: true, rescheduleDeadline: at('2048-03-02T10:00:00Z') });

    clock.advance(4 * 3_600_000 + 5 * 60_000);
    try {
      for (const client of [expertClient, user])
        expect(await terms(client)).toMatchObject({ canReschedule: false, rescheduleDeadline: null });
      const move = { bookingId: booked.id, startsAt: at('2048-03-03T10:00:00Z') };
      expect((await expertClient.data(RescheduleBookingDocument, { input: move })).rescheduleBooking).toMatchObject({
        __typename: 'RescheduleNotAllowedError',
        code: 'RESCHEDULE_NOT_ALLOWED',
        message: expect.stringContaining('has started'),
      });
      expect((await user.data(BookingDocument, { id: booked.id })).booking?.startsAt).toBe(at('2048-03-02T10:00:00Z'));
    } finally {
      clock.advance(-(4 * 3_600_000 + 5 * 60_000));
    }
  });

  it('hides a booking from anyone but its participants', async () => {
    const { offerings, client: expertClient } = await bookableExpert(t);
    const booked = expectType(await book(user, offerings[0]!.id, at('2048-03-03T08:00:00Z')), 'BookingSuccess').booking;
    const stranger = await signedInUser(t);
    expect((await stranger.data(BookingDocument, { id: booked.id })).booking).toBeNull();
    expect((await stranger.execute(CancelBookingDocument, { input: { bookingId: booked.id } })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await expertClient.data(BookingDocument, { id: booked.id })).booking?.user?.id).toBeDefined();
    const expertView = await expertClient.data(MyBookingsDocument, { role: 'EXPERT', period: 'UPCOMING' });
    expect(expertView.myBookings.edges.map((e) => e.node.id)).toContain(booked.id);
  });
});

describe('emails, reminders and calendars', () => {
  it('sends both participants a confirmation with an .ics file, and schedules reminders 24 hours and 15 minutes before', async () => {
    const { offerings } = await bookableExpert(t);
    const booked = expectType(await book(user, offerings[0]!.id, at('2048-03-09T08:00:00Z')), 'BookingSuccess').booking;
    const db = t.app.database.db;
    await expect
      .poll(
        async () =>
          (
            await db.execute<{ n: number }>(
              sql`select count(*)::int as n from outgoing_mail where template = 'bookingConfirmed' and metadata->>'bookingId' = ${booked.id}`,
            )
          )[0]!.n,
        { timeout: 10_000 },
      )
      .toBe(2);
    const [mail] = await db.execute<{ text_body: string; attachments: { filename: string; content: string }[] }>(
      sql`select text_body, attachments from outgoing_mail where template = 'bookingConfirmed' and metadata->>'bookingId' = ${booked.id} order by to_address limit 1`,
    );
    expect(mail!.attachments[0]!.filename).toBe('skillcall.ics');
    expect(mail!.attachments[0]!.content).toMatch(
      /BEGIN:VCALENDAR[\s\S]*METHOD:REQUEST[\s\S]*DTSTART:20480309T080000Z[\s\S]*END:VCALENDAR/,
    );
    const jobs = await db.execute<{ key: string; run_at: string }>(
      sql`select key, run_at from graphile_worker.jobs where key like ${`booking-reminder-%:${booked.id}`} order by run_at`,
    );
    expect(jobs.map((j) => [j.key.split(':')[0], new Date(j.run_at).toISOString()])).toEqual([
      ['booking-reminder-24h', at('2048-03-08T08:00:00Z')],
      ['booking-reminder-15m', at('2048-03-09T07:45:00Z')],
    ]);
  });

  it('serves a private calendar feed that a reset or a revocation turns off', async () => {
    const { offerings } = await bookableExpert(t);
    const client = await signedInUser(t);
    expectType(await book(client, offerings[0]!.id, at('2048-03-10T08:00:00Z')), 'BookingSuccess');
    const feedPath = async () => new URL((await client.data(ResetCalendarFeedDocument)).resetCalendarFeed.url).pathname;
    const first = await feedPath();
    const response = await fetch(`${t.url}${first}`);
    expect(response.headers.get('content-type')).toMatch(/text\/calendar/);
    expect(await response.text()).toMatch(/BEGIN:VEVENT[\s\S]*DTSTART:20480310T080000Z[\s\S]*SUMMARY:Skillcall: Guitar session 1/);
    const second = await feedPath();
    expect((await fetch(`${t.url}${first}`)).status).toBe(404);
    expect((await fetch(`${t.url}${second}`)).status).toBe(200);
    expect((await client.data(RevokeCalendarFeedDocument)).revokeCalendarFeed).toBe(true);
    expect((await fetch(`${t.url}${second}`)).status).toBe(404);
  });
});
