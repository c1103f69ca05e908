/**
 * What cancelling costs, under the policy frozen on the booking. Pure: the bookings module computes the refund
 * share; billing applies it to what was actually paid.
 *
 * - FLEXIBLE: full refund up to 24 hours before the start; none after.
 * - MODERATE: full refund up to 5 days before; half until 24 hours before; none after.
 * - STRICT: half refunded up to 7 days before; none after.
 * Whatever the policy, a user who changes their mind within an hour of booking, for a session a day or more away, gets
 * everything back (as Airbnb's grace period): a slip of the finger costs nothing, and the expert loses a slot they had
 * for an hour, more than a day ahead.
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

/** The grace after booking: how long, and how far ahead the session must be for it to apply. */
const grace = { lasts: hour, onlyIfStartsAfter: day };

/** When the user's grace after booking ends (whether or not it has passed), or null when the session was too near. */
function graceEnd(startsAt: Date, bookedAt: Date): Date | null {
  if (startsAt.getTime() - bookedAt.getTime() < grace.onlyIfStartsAfter) return null;
  return new Date(bookedAt.getTime() + grace.lasts);
}

/** What the policy alone gives back when cancelled at `at`. */
function policyShare(steps: (typeof policySteps)[Policy], startsAt: Date, at: Date) {
  const left = startsAt.getTime() - at.getTime();
  const index = steps.findIndex((s) => left >= s.before);
  if (index === -1) return { refundPercent: 0, validUntil: null, nextRefundPercent: null };
  const step = steps[index]!;
  return {
    refundPercent: step.refundPercent,
    validUntil: new Date(startsAt.getTime() - step.before),
    nextRefundPercent: steps[index + 1]?.refundPercent ?? 0,
  };
}

export function cancellationTerms(policy: Policy, startsAt: Date, now: Date, by: BookingParty, bookedAt: Date): CancellationTerms {
  const steps = policySteps[policy];
  const started = now >= startsAt;
  const graceUntil = by === 'USER' && !started ? graceEnd(startsAt, bookedAt) : null;
  const policyDeadline = started ? null : lastMoveAt(steps, startsAt, by);
  // The user may move it while everything would come back: under the policy, or during the grace.
  const rescheduleDeadline = graceUntil && (!policyDeadline || graceUntil > policyDeadline) ? graceUntil : policyDeadline;
  const canReschedule = rescheduleDeadline !== null && now < rescheduleDeadline;
  if (by !== 'USER') return { refundPercent: 100, validUntil: null, nextRefundPercent: null, canReschedule, rescheduleDeadline };
  const share = policyShare(steps, startsAt, now);
  // Past the grace, or where the policy gives everything back for longer, the policy decides.
  if (!graceUntil || now >= graceUntil || (share.refundPercent === 100 && share.validUntil! > graceUntil))
    return { ...share, canReschedule, rescheduleDeadline };
  return {
    refundPercent: 100,
    validUntil: graceUntil,
    nextRefundPercent: policyShare(steps, startsAt, graceUntil).refundPercent,
    canReschedule,
    rescheduleDeadline,
  };
}
