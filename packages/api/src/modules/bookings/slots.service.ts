/** Bookable slots of an offering: the expert's availability minus the time their live bookings hold. */
import { DateTime } from 'luxon';
import type { Context } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { slotRulesOf } from '../availability/availability.service';
import { bookableSlots, slotsByViewerDay, type SlotRules, type TimeRange } from '../availability/slots';
import { isValidTimeZone } from '../../platform/time-zone';
import { canSeeOffering } from '../experts/expert.policy';
import { offeringWithExpert } from '../experts/expert.service';
import type { ExpertRow, OfferingRow } from '../experts/expert.table';
import type { BookableSlots } from '../availability/availability.types';
import { findTimeHoldingBookings } from './booking.queries';

const day = 86_400_000;

/** How long a booking of this offering lasts: its session length, or its maximum minutes when billed per minute. */
export function sessionMinutes(offering: OfferingRow): number {
  return offering.priceModel === 'PER_MINUTE' ? offering.maxMinutes! : (offering.durationMinutes ?? 30);
}

export function isBookable(offering: OfferingRow, expert: ExpertRow): boolean {
  return offering.status === 'PUBLISHED' && expert.status === 'ACTIVE';
}

/** Slots starting in [from, to); `exceptBookingId` ignores a booking being moved. */
export async function slotsFor(
  ctx: Context,
  expert: ExpertRow,
  offering: OfferingRow,
  from: Date,
  to: Date,
  exceptBookingId?: string,
): Promise<{ rules: SlotRules; slots: TimeRange[] }> {
  const rules = await slotRulesOf(ctx, expert, sessionMinutes(offering), from);
  const now = ctx.clock.now();
  const held = (
    await findTimeHoldingBookings(ctx.db, expert.id, new Date(from.getTime() - 2 * day), new Date(to.getTime() + 2 * day), exceptBookingId)
  ).filter((b) => b.status !== 'PENDING_PAYMENT' || (b.holdExpiresAt !== null && b.holdExpiresAt > now));
  const slots = bookableSlots(
    rules,
    { now, blocked: held.map((b) => ({ start: b.blockedFrom, end: b.blockedUntil })), sessionStarts: held.map((b) => b.startsAt) },
    from,
    to,
  );
  return { rules, slots };
}

export async function bookableSlotsOf(
  ctx: Context,
  args: { offeringId: string; from: string; days: number; timeZone: string },
): Promise<BookableSlots> {
  if (!isValidTimeZone(args.timeZone)) throw new AppError('BAD_USER_INPUT', `Unknown time zone: ${args.timeZone}.`);
  if (!Number.isInteger(args.days) || args.days < 1 || args.days > 31) throw new AppError('BAD_USER_INPUT', 'Ask for 1 to 31 days.');
  const start = DateTime.fromISO(args.from, { zone: args.timeZone });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(args.from) || !start.isValid) throw new AppError('BAD_USER_INPUT', 'Give `from` as YYYY-MM-DD.');
  const found = await offeringWithExpert(ctx, args.offeringId);
  if (!found || !canSeeOffering(ctx.viewer, found.offering, found.expert)) throw new AppError('NOT_FOUND', 'No such offering.');
  const { offering, expert } = found;
  const result = {
    timeZone: args.timeZone,
    expertTimeZone: expert.timeZone,
    durationMinutes: sessionMinutes(offering),
    expertId: expert.id,
  };
  if (!isBookable(offering, expert)) return { ...result, days: [] };
  const { slots } = await slotsFor(ctx, expert, offering, start.toJSDate(), start.plus({ days: args.days }).toJSDate());
  return {
    ...result,
    days: slotsByViewerDay(slots, args.timeZone).map((d) => ({
      date: d.date,
      slots: d.slots.map((s) => ({ startsAt: s.start, endsAt: s.end, localTime: s.localTime })),
    })),
  };
}
