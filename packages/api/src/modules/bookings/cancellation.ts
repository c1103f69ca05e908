/**
 * What cancelling costs, under the policy frozen on the booking. Pure: the bookings module computes the refund
 * share; billing applies it to what was actually paid.
 *
 * - FLEXIBLE: full refund up to 24 hours before the start; none after.
 * - MODERATE: full refund up to 5 days before; half until 24 hours before; none after.
 * - STRICT: half refunded up to 7 days before; none after.
 * An expert who cancels always refunds in full, and so does the platform (SYSTEM). A user may reschedule while a
 * full refund still applies; the expert (or the platform) until the start. Once a booking has started (an instant
 * booking starts when it is accepted) nobody can move it any more, only cancel it.
 */
import type { BookingParty, BookingRow } from './booking.table';

type Policy = BookingRow['cancellationPolicy'];

const hour = 3_600_000;
const day = 24 * hour;

/** Each policy's steps: "cancelled at least `before` ms before the start gives back `refundPercent`". */
const policySteps: Record<Policy, readonly { before: number; refundPercent: number }[]> = {
  FLEXIBLE: [{ before: day, refundPercent: 100 }],
  MODERATE: [
    { before: 5 * day, refundPercent: 100 },
    { before: day, refundPercent: 50 },
  ],
  STRICT: [{ before: 7 * day, refundPercent: 50 }],
};

export interface CancellationTerms {
  refundPercent: number;
  /** Until when the current share applies; null when it no longer changes. */
  validUntil: Date | null;
  /** The next, lower share after `validUntil`. */
  nextRefundPercent: number | null;
  /** Whether `by` may still move the booking instead of cancelling it. */
  canReschedule: boolean;
  /**
   * The last moment `by` may move it: for the user, while a full refund applies; for the expert, the start. Null
   * when the policy never lets the user move it, and once the booking has started.
   */
  rescheduleDeadline: Date | null;
}

/** The last moment `by` may move a booking starting at `startsAt`, whether or not it has passed; null if never. */
function lastMoveAt(steps: (typeof policySteps)[Policy], startsAt: Date, by: BookingParty): Date | null {
  if (by !== 'USER') return startsAt;
  const fullRefundStep = steps.find((s) => s.refundPercent === 100);
  return fullRefundStep ? new Date(startsAt.getTime() - fullRefundStep.before) : null;
}

export function cancellationTerms(policy: Policy, startsAt: Date, now: Date, by: BookingParty): CancellationTerms {
  const steps = policySteps[policy];
  const started = now >= startsAt;
  const rescheduleDeadline = started ? null : lastMoveAt(steps, startsAt, by);
  const canReschedule = rescheduleDeadline !== null && now < rescheduleDeadline;
  if (by !== 'USER') return { refundPercent: 100, validUntil: null, nextRefundPercent: null, canReschedule, rescheduleDeadline };
  const left = startsAt.getTime() - now.getTime();
  const index = steps.findIndex((s) => left >= s.before);
  if (index === -1) return { refundPercent: 0, validUntil: null, nextRefundPercent: null, canReschedule, rescheduleDeadline };
  const step = steps[index]!;
  return {
    refundPercent: step.refundPercent,
    validUntil: new Date(startsAt.getTime() - step.before),
    nextRefundPercent: steps[index + 1]?.refundPercent ?? 0,
    canReschedule,
    rescheduleDeadline,
  };
}
