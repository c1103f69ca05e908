/** The session room's live topics and the jobs that close a session on time. */
import type { Context } from '../../platform/context';
import { z } from 'zod';
import { defineJob } from '../../platform/jobs/job-definition';
import { enqueue } from '../../platform/jobs/queue';
import type { BookingChange } from '../bookings/booking.events';
import type { BookingParty, BookingRow } from '../bookings/booking.table';
import { expertNoShowAt } from './session.policy';

/** The room changed (someone joined or left, consent, recordings, the end): both participants reload it. */
export const roomTopic = (bookingId: string) => `session-room:${bookingId}`;
/** A chat message was posted. */
export const messagesTopic = (bookingId: string) => `session-messages:${bookingId}`;
/** Signals for one side's connection only. */
export const signalsTopic = (bookingId: string, to: BookingParty) => `session-signals:${bookingId}:${to}`;

/** Closes a booking's session when it is due: the expert's no-show, or the booked end. */
export const sessionDeadlineJob = defineJob({
  id: 'sessions:deadline',
  schema: z.object({ bookingId: z.uuid() }),
  handler: async () => {
    const { closeSessionIfDue } = await import('./session.service.js');
    return (ctx, { bookingId }) => closeSessionIfDue(ctx, bookingId);
  },
});

export async function publishRoomChanged(ctx: Context, bookingId: string): Promise<void> {
  await ctx.adapters.events.publish(ctx.db, roomTopic(bookingId), { bookingId });
}

/**
 * Queues the checks that close a confirmed booking's session by itself: the expert's no-show 10 minutes after the
 * start, and the maximum duration at the booked end. Keyed by booking, so a rescheduled booking moves them.
 */
export async function scheduleSessionDeadlines(ctx: Context, booking: Pick<BookingRow, 'id' | 'startsAt' | 'endsAt'>): Promise<void> {
  await enqueue(
    ctx.db,
    sessionDeadlineJob,
    { bookingId: booking.id },
    { jobKey: `session-no-show:${booking.id}`, runAt: expertNoShowAt(booking) },
  );
  await enqueue(ctx.db, sessionDeadlineJob, { bookingId: booking.id }, { jobKey: `session-end:${booking.id}`, runAt: booking.endsAt });
}

/** A booking is confirmed (or moved while confirmed): its session's deadlines are (re)scheduled. */
export async function scheduleDeadlinesOfConfirmed(ctx: Context, { booking }: BookingChange): Promise<void> {
  if (booking.status === 'CONFIRMED') await scheduleSessionDeadlines(ctx, booking);
}
