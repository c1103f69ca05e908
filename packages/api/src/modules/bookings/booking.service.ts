/** Booking a slot, or an accepted "help me now" request, and reading bookings. One transaction per use case. */
import { z } from 'zod';
import { inTransaction, type Context, type SignedInContext } from '../../platform/context';
import { isPgError, pgErrorCodes } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { pageRequest, toConnection, type ConnectionArgs } from '../../platform/graphql/connection';
import { validateInput } from '../../platform/graphql/domain-error';
import { lockExpertCalendarFor } from '../availability/availability.service';
import { blockedRange } from '../availability/slots';
import { isValidTimeZone } from '../../platform/time-zone';
import { offeringWithExpert, requireOwnExpert } from '../experts/expert.service';
import type { ExpertRow, OfferingRow } from '../experts/expert.table';
import { publishEvent } from '../../platform/domain-events';
import { BookingChanged } from './booking.events';
import { unverifiedRefusal } from '../identity/email-verification.service';
import { toBooking } from './booking.mappers';
import { findBookingById, insertBooking, listBookings } from './booking.queries';
import { expireLapsedHolds } from './booking.transition';
import { paymentHoldMinutes } from './booking.state';
import type { BookingRow } from './booking.table';
import { BookingSuccess, ExpertNotBookableError, SlotUnavailableError, type Booking, type BookSlotInput } from './booking.types';
import { isBookable, sessionMinutes, slotsFor } from './slots.service';

export const slotUnavailable = (message = 'This time is no longer free. Pick another slot.') => new SlotUnavailableError(message);
const notBookable = (message: string) => new ExpertNotBookableError(message);

/** The expert of a booking, for events and policies. */
export async function expertOfBooking(ctx: Context, booking: Pick<BookingRow, 'expertId'>): Promise<ExpertRow> {
  const expert = await ctx.loaders.expertById.load(booking.expertId);
  if (!expert) throw new AppError('INTERNAL', 'A booking lost its expert.');
  return expert;
}

/** Creates the booking row: confirmed when free, otherwise held while the user pays. Maps a lost race to SlotUnavailable. */
async function createBooking(
  ctx: Context,
  target: { offering: OfferingRow; expert: ExpertRow },
  session: { start: Date; end: Date; bufferBeforeMinutes: number; bufferAfterMinutes: number },
  details: { userId: string; userTimeZone: string; source: 'SCHEDULED' | 'INSTANT' },
): Promise<BookingRow> {
  const { offering, expert } = target;
  const now = ctx.clock.now();
  const free = offering.priceModel === 'FREE';
  const blocked = blockedRange({ start: session.start, end: session.end }, session.bufferBeforeMinutes, session.bufferAfterMinutes);
  const row = await insertBooking(ctx.db, {
    offeringId: offering.id,
    expertId: expert.id,
    userId: details.userId,
    status: free ? 'CONFIRMED' : 'PENDING_PAYMENT',
    source: details.source,
    startsAt: session.start,
    endsAt: session.end,
    blockedFrom: blocked.start,
    blockedUntil: blocked.end,
    priceModel: offering.priceModel,
    currency: offering.currency,
    priceMinor: offering.priceMinor,
    cancellationPolicy: offering.cancellationPolicy,
    userTimeZone: details.userTimeZone,
    holdExpiresAt: free ? null : new Date(now.getTime() + paymentHoldMinutes * 60_000),
    createdAt: now,
    updatedAt: now,
  });
  await publishEvent(ctx, BookingChanged, {
    booking: row,
    expertUserId: expert.userId,
    notice: free ? 'CONFIRMED' : 'PENDING_PAYMENT',
    change: { from: null },
  });
  return row;
}

async function bookableTarget(ctx: Context, offeringId: string, userId: string) {
  const found = await offeringWithExpert(ctx, offeringId);
  if (!found || !isBookable(found.offering, found.expert)) return notBookable('This offering cannot be booked.');
  if (found.expert.userId === userId) return notBookable('You cannot book your own offering.');
  return found;
}

const timeZoneSchema = z.string().refine(isValidTimeZone, 'Unknown time zone.');

export async function bookSlot(ctx: SignedInContext, input: BookSlotInput) {
  const valid = validateInput(z.object({ timeZone: timeZoneSchema }), { timeZone: input.timeZone });
  if (!valid.ok) return valid.error;
  const unverified = await unverifiedRefusal(ctx);
  if (unverified) return unverified;
  const target = await bookableTarget(ctx, input.offeringId, ctx.viewer.userId);
  if (!('offering' in target)) return target;
  const start = new Date(input.startsAt);
  try {
    return await inTransaction(ctx, async (tx) => {
      await lockExpertCalendarFor(tx, target.expert.id);
      await expireLapsedHolds(tx, target.expert);
      const { rules, slots } = await slotsFor(tx, target.expert, target.offering, start, new Date(start.getTime() + 60_000));
      const slot = slots.find((s) => s.start.getTime() === start.getTime());
      if (!slot) return slotUnavailable();
      const row = await createBooking(
        tx,
        target,
        { ...slot, ...rules },
        { userId: ctx.viewer.userId, userTimeZone: valid.data.timeZone, source: 'SCHEDULED' },
      );
      return Object.assign(new BookingSuccess(), { booking: toBooking(row) });
    });
  } catch (error) {
    if (isPgError(error, pgErrorCodes.exclusionViolation, 'bookings_no_overlap')) return slotUnavailable();
    throw error;
  }
}

/**
 * A session starting now, for a "help me now" request the expert accepted (inside the caller's transaction). It
 * still cannot overlap another booking of the expert: the exclusion constraint refuses it.
 */
export async function bookInstantSession(
  ctx: Context,
  request: { offeringId: string; userId: string; userTimeZone: string },
): Promise<BookingRow | SlotUnavailableError | ExpertNotBookableError> {
  const target = await bookableTarget(ctx, request.offeringId, request.userId);
  if (!('offering' in target)) return target;
  await lockExpertCalendarFor(ctx, target.expert.id);
  await expireLapsedHolds(ctx, target.expert);
  const start = ctx.clock.now();
  const end = new Date(start.getTime() + sessionMinutes(target.offering) * 60_000);
  return createBookingOrUnavailable(ctx, (savepoint) =>
    createBooking(
      savepoint,
      target,
      { start, end, bufferBeforeMinutes: 0, bufferAfterMinutes: 0 },
      { userId: request.userId, userTimeZone: request.userTimeZone, source: 'INSTANT' },
    ),
  );
}

/** Runs `create` in a savepoint, so a lost race leaves the caller's transaction usable. */
async function createBookingOrUnavailable(
  ctx: Context,
  create: (savepoint: Context) => Promise<BookingRow>,
): Promise<BookingRow | SlotUnavailableError> {
  try {
    return await ctx.db.transaction((db) => create({ ...ctx, db }));
  } catch (error) {
    if (isPgError(error, pgErrorCodes.exclusionViolation, 'bookings_no_overlap'))
      return slotUnavailable('The expert has another session now.');
    throw error;
  }
}

export function isParticipant(ctx: Context, booking: Pick<BookingRow, 'userId'>, expert: ExpertRow): boolean {
  const viewer = ctx.viewer;
  return !!viewer && (booking.userId === viewer.userId || expert.userId === viewer.userId || viewer.roles.includes('ADMIN'));
}

export async function bookingById(ctx: Context, id: string): Promise<Booking | null> {
  const row = await findBookingById(ctx.db, id);
  if (!row || !isParticipant(ctx, row, await expertOfBooking(ctx, row))) return null;
  return toBooking(row);
}

export async function myBookings(ctx: SignedInContext, role: 'USER' | 'EXPERT', period: 'UPCOMING' | 'PAST', args: ConnectionArgs) {
  const viewer = ctx.viewer;
  const filter = role === 'EXPERT' ? { expertId: (await requireOwnExpert(ctx)).id } : { userId: viewer.userId };
  const page = pageRequest(args, 2);
  const rows = await listBookings(ctx.db, { ...filter, period, now: ctx.clock.now() }, page);
  return toConnection(rows, page, (row) => [row.startsAt.toISOString(), row.id], toBooking);
}
