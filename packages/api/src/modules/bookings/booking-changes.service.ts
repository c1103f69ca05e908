/** Cancelling, moving and expiring bookings, under the cancellation policy frozen on each booking. */
import { z } from 'zod';
import { inTransaction, type Context, type SignedInContext } from '../../platform/context';
import { isPgError, pgErrorCodes } from '../../platform/db/client';
import { validateInput } from '../../platform/graphql/domain-error';
import { publicText } from '../../platform/text/public-text';
import { lockExpertCalendarFor } from '../availability/availability.service';
import { blockedRange } from '../availability/slots';
import { offeringWithExpert } from '../experts/expert.service';
import type { ExpertRow } from '../experts/expert.table';
import { toMoney } from '../billing/money.types';
import { amountToAuthorize, refundShare } from '../billing/payment.policy';
import { publishEvent } from '../../platform/domain-events';
import { BookingChanged } from './booking.events';
import { toBooking } from './booking.mappers';
import { cancellableBookingsOf, findBookingById, updateBooking } from './booking.queries';
import { expertOfBooking, isParticipant, slotUnavailable } from './booking.service';
import { reschedulableStatuses } from './booking.state';
import { transitionBooking } from './booking.transition';
import type { BookingParty, BookingRow, BookingStatus } from './booking.table';
import {
  BookingChangeTerms,
  BookingTermStatement,
  type BookingTermKind,
  type CancellationRule,
  type Booking,
  BookingSuccess,
  BookingTransitionError,
  RescheduleNotAllowedError,
  type CancelBookingInput,
  type RescheduleBookingInput,
} from './booking.types';
import { cancellationTerms } from './cancellation';
import { slotsFor } from './slots.service';

const transitionError = (from: BookingStatus, to: BookingStatus) =>
  Object.assign(new BookingTransitionError(`A ${from} booking cannot become ${to}.`), { from, to });

function partyOf(ctx: Context, booking: Pick<BookingRow, 'userId'>, expert: ExpertRow): BookingParty {
  if (ctx.viewer?.userId === booking.userId) return 'USER';
  if (ctx.viewer?.userId === expert.userId) return 'EXPERT';
  return 'SYSTEM';
}

/** The participant's booking under a row lock, or null when the viewer may not see it. */
async function lockedBooking(ctx: Context, bookingId: string) {
  const booking = await findBookingById(ctx.db, bookingId, true);
  if (!booking) return null;
  const expert = await expertOfBooking(ctx, booking);
  return isParticipant(ctx, booking, expert) ? { booking, expert } : null;
}

/** What cancelling or moving would mean now for the viewer (null for non-participants). */
export async function changeTermsOf(ctx: Context, booking: Booking): Promise<BookingChangeTerms | null> {
  const expert = await expertOfBooking(ctx, booking);
  if (!isParticipant(ctx, booking, expert)) return null;
  const terms = cancellationTerms(booking, ctx.clock.now(), partyOf(ctx, booking, expert));
  const price = booking.status === 'PENDING_PAYMENT' ? null : booking.price;
  const held =
    price &&
    amountToAuthorize({
      priceModel: booking.priceModel,
      priceMinor: price.amountMinor,
      startsAt: booking.startsAt,
      endsAt: booking.endsAt,
    });
  const refund = price ? toMoney({ amountMinor: refundShare(held!, terms.refundPercent), currency: price.currency }) : null;
  return Object.assign(new BookingChangeTerms(), {
    ...terms,
    rule: terms.rule as CancellationRule,
    refund,
    statements: terms.statements.map((s) =>
      Object.assign(new BookingTermStatement(), {
        kind: s.kind as BookingTermKind,
        at: 'at' in s ? s.at : null,
        percent: 'percent' in s ? s.percent : null,
        amount: s.kind === 'REFUND_NOW' ? refund : null,
      }),
    ),
  });
}

const reasonSchema = z.object({ reason: publicText(z.string().trim().max(1000)).optional() });

export async function cancelBooking(ctx: Context, input: CancelBookingInput) {
  const valid = validateInput(reasonSchema, { reason: input.reason ?? undefined });
  if (!valid.ok) return valid.error;
  return inTransaction(ctx, async (tx) => {
    const found = await lockedBooking(tx, input.bookingId);
    if (!found) return null;
    const { booking, expert } = found;
    const cancelled = await cancelLocked(tx, booking, expert, valid.data.reason || null);
    if (!cancelled) return transitionError(booking.status, 'CANCELLED');
    return Object.assign(new BookingSuccess(), { booking: toBooking(cancelled) });
  });
}

/**
 * Cancels a locked booking by the viewer's side, with the refund its frozen policy gives that side (an expert always
 * refunds in full); emails, refunds and the freed slot follow through `BookingChanged`.
 */
async function cancelLocked(tx: Context, booking: BookingRow, expert: ExpertRow, reason: string | null): Promise<BookingRow | null> {
  const by = partyOf(tx, booking, expert);
  const now = tx.clock.now();
  const refundPercent = booking.status === 'PENDING_PAYMENT' ? 0 : cancellationTerms(booking, now, by).refundPercent;
  return transitionBooking(tx, booking, {
    to: 'CANCELLED',
    expertUserId: expert.userId,
    patch: { cancelledBy: by, cancelReason: reason, refundPercent, holdExpiresAt: null },
    notice: 'CANCELLED',
  });
}

/**
 * The viewer deletes their account (inside the caller's transaction): each of their bookings not started yet, as the
 * user or as the expert, is cancelled as if they cancelled it themselves. Returns how many were cancelled.
 */
export async function cancelUpcomingBookingsOfViewer(tx: SignedInContext, expertId: string | null): Promise<number> {
  const rows = await cancellableBookingsOf(tx.db, { userId: tx.viewer.userId, expertId, now: tx.clock.now() }, true);
  for (const booking of rows) await cancelLocked(tx, booking, await expertOfBooking(tx, booking), null);
  return rows.length;
}

/** How many bookings deleting the viewer's account would cancel (shown before they confirm). */
export async function countUpcomingBookingsOfViewer(ctx: SignedInContext, expertId: string | null): Promise<number> {
  return (await cancellableBookingsOf(ctx.db, { userId: ctx.viewer.userId, expertId, now: ctx.clock.now() })).length;
}

export async function rescheduleBooking(ctx: Context, input: RescheduleBookingInput) {
  const start = new Date(input.startsAt);
  try {
    return await inTransaction(ctx, async (tx) => {
      const found = await lockedBooking(tx, input.bookingId);
      if (!found) return null;
      const { booking, expert } = found;
      if (!reschedulableStatuses.includes(booking.status)) {
        return new RescheduleNotAllowedError(`A ${booking.status} booking cannot be moved.`);
      }
      const by = partyOf(tx, booking, expert);
      const now = tx.clock.now();
      if (!cancellationTerms(booking, now, by).canReschedule) {
        return new RescheduleNotAllowedError(
          booking.startsAt <= now
            ? 'This booking has started: it can no longer be moved; you can still cancel it.'
            : 'Under this booking’s cancellation policy it can no longer be moved; you can still cancel it.',
        );
      }
      const target = await offeringWithExpert(tx, booking.offeringId);
      if (!target) return slotUnavailable();
      await lockExpertCalendarFor(tx, expert.id);
      const { slots } = await slotsFor(tx, target.expert, target.offering, start, new Date(start.getTime() + 60_000), booking.id);
      const slot = slots.find((s) => s.start.getTime() === start.getTime());
      if (!slot) return slotUnavailable();
      // The booking's own buffers and length stay as booked.
      const before = booking.startsAt.getTime() - booking.blockedFrom.getTime();
      const after = booking.blockedUntil.getTime() - booking.endsAt.getTime();
      const length = booking.endsAt.getTime() - booking.startsAt.getTime();
      const end = new Date(start.getTime() + length);
      const blocked = blockedRange({ start, end }, before / 60_000, after / 60_000);
      const row = await updateBooking(tx.db, booking.id, {
        startsAt: start,
        endsAt: end,
        blockedFrom: blocked.start,
        blockedUntil: blocked.end,
        rescheduleCount: booking.rescheduleCount + 1,
        updatedAt: now,
      });
      await publishEvent(tx, BookingChanged, { booking: row, expertUserId: expert.userId, notice: 'RESCHEDULED' });
      return Object.assign(new BookingSuccess(), { booking: toBooking(row) });
    });
  } catch (error) {
    if (isPgError(error, pgErrorCodes.exclusionViolation, 'bookings_no_overlap')) return slotUnavailable();
    throw error;
  }
}

/** The payment hold's end (a job at `hold_expires_at`): an unpaid booking expires and frees its slot. */
export async function expireHold(ctx: Context, bookingId: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const booking = await findBookingById(tx.db, bookingId, true);
    if (!booking || booking.status !== 'PENDING_PAYMENT' || !booking.holdExpiresAt || booking.holdExpiresAt > tx.clock.now()) return;
    await transitionBooking(tx, booking, { to: 'EXPIRED', expertUserId: (await expertOfBooking(tx, booking)).userId, notice: 'EXPIRED' });
  });
}
