import { describe, expect, it } from 'vitest';
import type { BookingParty } from './booking.table';
import { cancellationTerms as termsOf, type TermsBooking } from './cancellation';

const start = new Date('2048-06-10T12:00:00Z');
const before = (hours: number) => new Date(start.getTime() - hours * 3_600_000);
/** Booked a month ahead: the grace after booking is long over in the cases below, unless a case says otherwise. */
const booked = before(30 * 24);

/** A paid scheduled booking under `policy` (the shape most of these cases need). */
function cancellationTerms(policy: TermsBooking['cancellationPolicy'], startsAt: Date, now: Date, by: BookingParty, bookedAt: Date) {
  return termsOf(
    { cancellationPolicy: policy, priceModel: 'PER_SESSION', source: 'SCHEDULED', status: 'CONFIRMED', startsAt, createdAt: bookedAt },
    now,
    by,
  );
}

describe('cancellation terms under each policy', () => {
  it('FLEXIBLE: everything back until 24 hours before, nothing after; moving only while it is free', () => {
    expect(cancellationTerms('FLEXIBLE', start, before(25), 'USER', booked)).toMatchObject({
      refundPercent: 100,
      validUntil: before(24),
      nextRefundPercent: 0,
      canReschedule: true,
      rescheduleDeadline: before(24),
    });
    expect(cancellationTerms('FLEXIBLE', start, before(23), 'USER', booked)).toMatchObject({
      refundPercent: 0,
      validUntil: null,
      canReschedule: false,
    });
  });

  it('MODERATE: full refund until 5 days before, half until 24 hours before, then nothing', () => {
    expect(cancellationTerms('MODERATE', start, before(6 * 24), 'USER', booked)).toMatchObject({
      refundPercent: 100,
      validUntil: before(5 * 24),
      nextRefundPercent: 50,
    });
    expect(cancellationTerms('MODERATE', start, before(3 * 24), 'USER', booked)).toMatchObject({
      refundPercent: 50,
      validUntil: before(24),
      nextRefundPercent: 0,
      canReschedule: false,
    });
    expect(cancellationTerms('MODERATE', start, before(2), 'USER', booked).refundPercent).toBe(0);
  });

  it('STRICT: half back until 7 days before, nothing after, and movable by the user only in the hour after booking', () => {
    expect(cancellationTerms('STRICT', start, before(8 * 24), 'USER', booked)).toMatchObject({
      refundPercent: 50,
      canReschedule: false,
      rescheduleDeadline: before(30 * 24 - 1),
    });
    expect(cancellationTerms('STRICT', start, before(6 * 24), 'USER', booked).refundPercent).toBe(0);
  });

  it('an expert (or the platform) who cancels always refunds in full, even at the last minute', () => {
    expect(cancellationTerms('STRICT', start, before(0.1), 'EXPERT', booked)).toMatchObject({ refundPercent: 100, canReschedule: true });
    expect(cancellationTerms('FLEXIBLE', start, before(0.1), 'SYSTEM', booked).refundPercent).toBe(100);
  });

  it('lets the expert move a booking until its start, and nobody once it has started (an accepted instant booking starts at once)', () => {
    expect(cancellationTerms('FLEXIBLE', start, before(2), 'EXPERT', booked)).toMatchObject({
      canReschedule: true,
      rescheduleDeadline: start,
    });
    for (const by of ['USER', 'EXPERT', 'SYSTEM'] as const) {
      for (const now of [start, before(-0.5)]) {
        expect(cancellationTerms('FLEXIBLE', start, now, by, booked)).toMatchObject({ canReschedule: false, rescheduleDeadline: null });
      }
    }
  });

  it('gives everything back within an hour of booking for a session a day or more away, whatever the policy', () => {
    // Booked three days ahead under MODERATE (half back by then): everything back for an hour, and it may be moved.
    const bookedAt = before(72);
    expect(cancellationTerms('MODERATE', start, before(71.5), 'USER', bookedAt)).toMatchObject({
      refundPercent: 100,
      validUntil: before(71),
      nextRefundPercent: 50,
      canReschedule: true,
      rescheduleDeadline: before(71),
    });
    expect(cancellationTerms('MODERATE', start, before(70.5), 'USER', bookedAt)).toMatchObject({
      refundPercent: 50,
      canReschedule: false,
      rescheduleDeadline: before(71),
    });
    // STRICT, never movable otherwise: within the grace, everything back and movable.
    expect(cancellationTerms('STRICT', start, before(47.9), 'USER', before(48))).toMatchObject({
      refundPercent: 100,
      nextRefundPercent: 0,
      canReschedule: true,
    });
    // Where the policy gives everything back for longer, the policy's deadline stands.
    expect(cancellationTerms('FLEXIBLE', start, before(47.5), 'USER', before(48))).toMatchObject({
      refundPercent: 100,
      validUntil: before(24),
      nextRefundPercent: 0,
    });
    // Booked less than a day ahead: no grace, the policy applies at once.
    expect(cancellationTerms('FLEXIBLE', start, before(22.9), 'USER', before(23))).toMatchObject({
      refundPercent: 0,
      canReschedule: false,
    });
  });
});

describe('what the terms state for this booking', () => {
  // The newcomer's cases: a free session booked at 1:34 PM for 9:00 the next day, and a per-minute help-now booking.
  const nine = new Date('2048-06-11T09:00:00Z');
  const bookedAt = new Date('2048-06-10T13:34:00Z');
  const booking = (over: Partial<TermsBooking>): TermsBooking => ({
    cancellationPolicy: 'MODERATE',
    priceModel: 'PER_SESSION',
    source: 'SCHEDULED',
    status: 'CONFIRMED',
    startsAt: nine,
    createdAt: bookedAt,
    ...over,
  });
  const justAfter = new Date('2048-06-10T13:35:00Z');
  const cases: { name: string; booking: TermsBooking; now: Date; by: BookingParty; rule: string; statements: unknown[] }[] = [
    {
      name: 'free, booked for tomorrow 9:00: free to cancel or move until it starts, no deadline already passed',
      booking: booking({ priceModel: 'FREE', cancellationPolicy: 'FLEXIBLE' }),
      now: justAfter,
      by: 'USER',
      rule: 'FREE',
      statements: [{ kind: 'FREE_UNTIL_START', at: nine }],
    },
    {
      name: 'free, seen by the expert: the same',
      booking: booking({ priceModel: 'FREE' }),
      now: justAfter,
      by: 'EXPERT',
      rule: 'FREE',
      statements: [{ kind: 'FREE_UNTIL_START', at: nine }],
    },
    {
      name: 'free, under way: cancelling costs nothing, no moving',
      booking: booking({ priceModel: 'FREE' }),
      now: new Date('2048-06-11T09:05:00Z'),
      by: 'USER',
      rule: 'FREE',
      statements: [{ kind: 'FREE' }, { kind: 'MOVE_STARTED' }],
    },
    {
      name: 'per-minute help now, accepted (started at once): nothing charged until connected, no policy refund',
      booking: booking({ priceModel: 'PER_MINUTE', source: 'INSTANT', startsAt: bookedAt }),
      now: justAfter,
      by: 'USER',
      rule: 'CONNECTED_MINUTES',
      statements: [{ kind: 'NOTHING_CHARGED_YET' }, { kind: 'MOVE_STARTED' }],
    },
    {
      name: 'paid, booked less than a day ahead: no grace, the policy applies, no past deadline named',
      booking: booking({ cancellationPolicy: 'FLEXIBLE' }),
      now: justAfter,
      by: 'USER',
      rule: 'FLEXIBLE',
      statements: [{ kind: 'REFUND_NOW', percent: 0 }, { kind: 'MOVE_CLOSED' }],
    },
    {
      name: 'paid MODERATE, booked three days ahead, within the grace hour: everything back until the grace ends, then half',
      booking: booking({ startsAt: new Date('2048-06-13T13:34:00Z') }),
      now: justAfter,
      by: 'USER',
      rule: 'MODERATE',
      statements: [
        { kind: 'REFUND_NOW', percent: 100 },
        { kind: 'GRACE_UNTIL', at: new Date('2048-06-10T14:34:00Z'), percent: 50 },
        { kind: 'MOVE_UNTIL', at: new Date('2048-06-10T14:34:00Z') },
      ],
    },
    {
      name: 'paid MODERATE, a week ahead, past the grace: full refund until 5 days before, then half',
      booking: booking({ startsAt: new Date('2048-06-17T13:00:00Z') }),
      now: new Date('2048-06-10T16:00:00Z'),
      by: 'USER',
      rule: 'MODERATE',
      statements: [
        { kind: 'REFUND_NOW', percent: 100 },
        { kind: 'REFUND_UNTIL', at: new Date('2048-06-12T13:00:00Z'), percent: 50 },
        { kind: 'MOVE_UNTIL', at: new Date('2048-06-12T13:00:00Z') },
      ],
    },
    {
      name: 'paid, waiting for payment: nothing paid yet',
      booking: booking({ status: 'PENDING_PAYMENT', startsAt: new Date('2048-06-17T13:00:00Z') }),
      now: justAfter,
      by: 'USER',
      rule: 'MODERATE',
      statements: [{ kind: 'UNPAID' }, { kind: 'MOVE_UNTIL', at: new Date('2048-06-12T13:00:00Z') }],
    },
    {
      name: 'paid, seen by the expert: they refund in full and may move it until the start',
      booking: booking({ cancellationPolicy: 'STRICT' }),
      now: justAfter,
      by: 'EXPERT',
      rule: 'STRICT',
      statements: [{ kind: 'EXPERT_REFUNDS_ALL' }, { kind: 'MOVE_UNTIL', at: nine }],
    },
  ];
  it.each(cases)('$name', ({ booking: b, now, by, rule, statements }) => {
    const terms = termsOf(b, now, by);
    expect(terms.rule).toBe(rule);
    expect(terms.statements).toEqual(statements);
    for (const s of terms.statements) if ('at' in s) expect(s.at.getTime()).toBeGreaterThan(now.getTime());
  });

  it('gives the whole hold back when a per-minute help-now booking is cancelled before anyone connected', () => {
    const instant = booking({ priceModel: 'PER_MINUTE', source: 'INSTANT', startsAt: bookedAt });
    expect(termsOf(instant, justAfter, 'USER').refundPercent).toBe(100);
  });

  it('lets either side move a free session until it starts', () => {
    const free = booking({ priceModel: 'FREE', cancellationPolicy: 'STRICT' });
    expect(termsOf(free, justAfter, 'USER')).toMatchObject({ canReschedule: true, rescheduleDeadline: nine });
  });
});
