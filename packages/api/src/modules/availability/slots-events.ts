/** The live signal that an expert's bookable slots changed, so open slot pickers refetch instead of offering taken time. */
import type { Context } from '../../platform/context';
import type { BookingChange } from '../bookings/booking.events';
import type { SlotsChangeReason } from './availability.types';

export const slotsTopic = (expertId: string) => `slots:${expertId}`;

/** Published on the context's executor: inside a transaction, it is delivered only if it commits. */
export function publishSlotsChanged(
  ctx: Pick<Context, 'adapters' | 'db'>,
  expertId: string,
  reason: `${SlotsChangeReason}`,
): Promise<void> {
  return ctx.adapters.events.publish(ctx.db, slotsTopic(expertId), { expertId, reason });
}

/** A booking changed: open slot pickers of its expert refetch. */
export function refreshSlotPickers(ctx: Context, { booking }: BookingChange): Promise<void> {
  return publishSlotsChanged(ctx, booking.expertId, 'BOOKINGS');
}
