/**
 * What cancelling or moving a booking means, under the rules that apply to THIS booking. Pure: the bookings module
 * computes the refund share and the statements the SPA shows word for word; billing applies the share to what was
 * actually paid. This file is the one source of the policy's text: the SPA does not assemble sentences of its own.
 *
 * Which rule applies (`ruleOf`):
 * - FREE: a free session. Nothing to refund; either side may cancel, or move it, until it starts.
 * - CONNECTED_MINUTES: a per-minute "help now" booking. Nothing is charged until both are connected (the booking is
 *   then IN_SESSION and can no longer be cancelled), so cancelling gives the whole hold back.
 * - Otherwise the paid policy frozen on the booking:
 *   - FLEXIBLE: full refund up to 24 hours before the start; none after.
 *   - MODERATE: full refund up to 5 days before; half until 24 hours before; none after.
 *   - STRICT: half refunded up to 7 days before; none after.
 *   Whatever the policy, a user who changes their mind within an hour of booking, for a session a day or more away,
 *   gets everything back (as Airbnb's grace period): a slip of the finger costs nothing, and the expert loses a slot
 *   they had for an hour, more than a day ahead.
 * An expert who cancels always refunds in full, and so does the platform (SYSTEM). A user may reschedule while a
 * full refund still applies; the expert (or the platform) until the start. Once a booking has started (an instant
 * booking starts when it is accepted) nobody can move it any more, only cancel it.
 */
import type { BookingParty, BookingRow } from './booking.table';

type Policy = BookingRow['cancellationPolicy'];

/** What a booking's terms depend on. */
export type TermsBooking = Pick<BookingRow, 'cancellationPolicy' | 'priceModel' | 'source' | 'status' | 'startsAt' | 'createdAt'>;

/** The rule that applies to a booking: its paid policy, or what replaces it for free and per-minute help-now. */
export type CancellationRule = Policy | 'FREE' | 'CONNECTED_MINUTES';

export function ruleOf(booking: Pick<TermsBooking, 'cancellationPolicy' | 'priceModel' | 'source'>): CancellationRule {
  if (booking.priceModel === 'FREE') return 'FREE';
  if (booking.priceModel === 'PER_MINUTE' && booking.source === 'INSTANT') return 'CONNECTED_MINUTES';
  return booking.cancellationPolicy;
}

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
  rule: CancellationRule;
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
  /** What applies now, in the order the SPA shows it; every date in them is still ahead. */
  statements: TermStatement[];
}

/**
 * One sentence of the terms. `at` is a moment still ahead; `percent` a refund share.
 * - FREE_UNTIL_START (at: the start): free; cancel or move it at no cost until it starts.
 * - FREE: free and started; cancelling costs nothing.
 * - NOTHING_CHARGED_YET: per-minute help-now; nothing is charged until both are connected.
 * - UNPAID: nothing paid yet; cancelling releases the slot.
 * - REFUND_NOW (percent): cancelling now gives this share back.
 * - GRACE_UNTIL (at, percent: the share after it): booked less than an hour ago, everything comes back until `at`.
 * - REFUND_UNTIL (at, percent: the share after it): the current share holds until `at`.
 * - EXPERT_REFUNDS_ALL: the expert cancelling refunds the client in full.
 * - MOVE_UNTIL (at): it may be moved until `at`.
 * - MOVE_STARTED: it has started, so it can no longer be moved.
 * - MOVE_CLOSED: its policy no longer lets the viewer move it.
 */
export type TermStatement =
  | { kind: 'FREE_UNTIL_START'; at: Date }
  | { kind: 'FREE' | 'NOTHING_CHARGED_YET' | 'UNPAID' | 'EXPERT_REFUNDS_ALL' | 'MOVE_STARTED' | 'MOVE_CLOSED' }
  | { kind: 'REFUND_NOW'; percent: number }
  | { kind: 'GRACE_UNTIL' | 'REFUND_UNTIL'; at: Date; percent: number }
  | { kind: 'MOVE_UNTIL'; at: Date };

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

type Share = Pick<CancellationTerms, 'refundPercent' | 'validUntil' | 'nextRefundPercent'> & { graceUntil?: Date };

/** What the paid policy (and the grace) give back to `by` when cancelled at `now`. */
function paidShare(steps: (typeof policySteps)[Policy], startsAt: Date, now: Date, by: BookingParty, graceUntil: Date | null): Share {
  if (by !== 'USER') return { refundPercent: 100, validUntil: null, nextRefundPercent: null };
  const share = policyShare(steps, startsAt, now);
  // Past the grace, or where the policy gives everything back for longer, the policy decides.
  if (!graceUntil || now >= graceUntil || (share.refundPercent === 100 && share.validUntil! > graceUntil)) return share;
  return {
    refundPercent: 100,
    validUntil: graceUntil,
    nextRefundPercent: policyShare(steps, startsAt, graceUntil).refundPercent,
    graceUntil,
  };
}

/** The sentences for what cancelling now means. */
function cancelStatements(rule: CancellationRule, booking: TermsBooking, by: BookingParty, share: Share): TermStatement[] {
  if (rule === 'FREE') return [share.validUntil ? { kind: 'FREE_UNTIL_START', at: share.validUntil } : { kind: 'FREE' }];
  if (rule === 'CONNECTED_MINUTES') return [{ kind: 'NOTHING_CHARGED_YET' }];
  if (booking.status === 'PENDING_PAYMENT') return [{ kind: 'UNPAID' }];
  if (by !== 'USER') return [{ kind: 'EXPERT_REFUNDS_ALL' }];
  const out: TermStatement[] = [{ kind: 'REFUND_NOW', percent: share.refundPercent }];
  if (share.graceUntil) out.push({ kind: 'GRACE_UNTIL', at: share.graceUntil, percent: share.nextRefundPercent ?? 0 });
  else if (share.validUntil) out.push({ kind: 'REFUND_UNTIL', at: share.validUntil, percent: share.nextRefundPercent ?? 0 });
  return out;
}

/** The sentence for moving it (none for a free session: its first sentence says it already). */
function moveStatement(rule: CancellationRule, started: boolean, canReschedule: boolean, deadline: Date | null): TermStatement[] {
  if (started) return [{ kind: 'MOVE_STARTED' }];
  if (rule === 'FREE' && canReschedule) return [];
  return [canReschedule && deadline ? { kind: 'MOVE_UNTIL', at: deadline } : { kind: 'MOVE_CLOSED' }];
}

/** What cancelling or moving `booking` means at `now` for `by`. */
export function cancellationTerms(booking: TermsBooking, now: Date, by: BookingParty): CancellationTerms {
  const { startsAt, createdAt: bookedAt } = booking;
  const rule = ruleOf(booking);
  const started = now >= startsAt;
  let share: Share;
  let rescheduleDeadline: Date | null;
  if (rule === 'FREE' || rule === 'CONNECTED_MINUTES') {
    // Nothing was or will be charged by cancelling; a free session may be moved by either side until it starts.
    share = { refundPercent: 100, validUntil: rule === 'FREE' && !started ? startsAt : null, nextRefundPercent: null };
    rescheduleDeadline = started ? null : startsAt;
  } else {
    const steps = policySteps[rule];
    const graceUntil = by === 'USER' && !started ? graceEnd(startsAt, bookedAt) : null;
    const policyDeadline = started ? null : lastMoveAt(steps, startsAt, by);
    // The user may move it while everything would come back: under the policy, or during the grace.
    rescheduleDeadline = graceUntil && (!policyDeadline || graceUntil > policyDeadline) ? graceUntil : policyDeadline;
    share = paidShare(steps, startsAt, now, by, graceUntil);
  }
  const canReschedule = rescheduleDeadline !== null && now < rescheduleDeadline;
  const statements = [...cancelStatements(rule, booking, by, share), ...moveStatement(rule, started, canReschedule, rescheduleDeadline)];
  const { refundPercent, validUntil, nextRefundPercent } = share;
  return { rule, refundPercent, validUntil, nextRefundPercent, canReschedule, rescheduleDeadline, statements };
}
