import { describe, expect, it } from 'vitest';
import { cancellationTerms } from './cancellation';

const start = new Date('2048-06-10T12:00:00Z');
const before = (hours: number) => new Date(start.getTime() - hours * 3_600_000);
/** Booked a month ahead: the grace after booking is long over in the cases below, unless a case says otherwise. */
const booked = before(30 * 24);

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
