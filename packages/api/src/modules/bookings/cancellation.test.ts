import { describe, expect, it } from 'vitest';
import { cancellationTerms } from './cancellation';

const start = new Date('2048-06-10T12:00:00Z');
const before = (hours: number) => new Date(start.getTime() - hours * 3_600_000);

describe('cancellation terms under each policy', () => {
  it('FLEXIBLE: everything back until 24 hours before, nothing after; moving only while it is free', () => {
    expect(cancellationTerms('FLEXIBLE', start, before(25), 'USER')).toMatchObject({ refundPercent: 100, validUntil: before(24), nextRefundPercent: 0, canReschedule: true, rescheduleDeadline: before(24) });
    expect(cancellationTerms('FLEXIBLE', start, before(23), 'USER')).toMatchObject({ refundPercent: 0, validUntil: null, canReschedule: false });
  });

  it('MODERATE: full refund until 5 days before, half until 24 hours before, then nothing', () => {
    expect(cancellationTerms('MODERATE', start, before(6 * 24), 'USER')).toMatchObject({ refundPercent: 100, validUntil: before(5 * 24), nextRefundPercent: 50 });
    expect(cancellationTerms('MODERATE', start, before(3 * 24), 'USER')).toMatchObject({ refundPercent: 50, validUntil: before(24), nextRefundPercent: 0, canReschedule: false });
    expect(cancellationTerms('MODERATE', start, before(2), 'USER').refundPercent).toBe(0);
  });

  it('STRICT: half back until 7 days before, nothing after, and never movable by the user', () => {
    expect(cancellationTerms('STRICT', start, before(8 * 24), 'USER')).toMatchObject({ refundPercent: 50, canReschedule: false, rescheduleDeadline: null });
    expect(cancellationTerms('STRICT', start, before(6 * 24), 'USER').refundPercent).toBe(0);
  });

  it('an expert (or the platform) who cancels always refunds in full, even at the last minute', () => {
    expect(cancellationTerms('STRICT', start, before(0.1), 'EXPERT')).toMatchObject({ refundPercent: 100, canReschedule: true });
    expect(cancellationTerms('FLEXIBLE', start, before(0.1), 'SYSTEM').refundPercent).toBe(100);
  });

  it('lets the expert move a booking until its start, and nobody once it has started (an accepted instant booking starts at once)', () => {
    expect(cancellationTerms('FLEXIBLE', start, before(2), 'EXPERT')).toMatchObject({ canReschedule: true, rescheduleDeadline: start });
    for (const by of ['USER', 'EXPERT', 'SYSTEM'] as const) {
      for (const now of [start, before(-0.5)]) {
        expect(cancellationTerms('FLEXIBLE', start, now, by)).toMatchObject({ canReschedule: false, rescheduleDeadline: null });
      }
    }
  });
});
