/** The room's text chat: kept with the booking, shown again after a reload, delivered live to both participants. */
import { z } from 'zod';
import type { Context, SignedInContext } from '../../platform/context';
import { validateInput } from '../../platform/graphql/domain-error';
import { publicText } from '../../platform/text/public-text';
import { BookingRole } from '../bookings/booking.types';
import { findUser } from '../identity/identity.service';
import { messagesTopic } from './session.events';
import { findMessage, insertMessage, latestMessages } from './session.queries';
import type { MessageRow } from './session.table';
import { closedRoomError, seatOf, type Seat } from './session-seat';
import { SessionMessage, SessionMessageSuccess, type SendSessionMessageInput } from './session.types';

/** How many of the latest messages the room shows. */
export const roomMessageLimit = 200;

const messageSchema = z.object({ body: publicText(z.string().trim().min(1).max(2000)) });

async function toSessionMessage(ctx: Context, seat: Seat, row: MessageRow): Promise<SessionMessage> {
  const byExpert = row.senderId === seat.expert.userId;
  const sender = await findUser(ctx, row.senderId);
  return Object.assign(new SessionMessage(), {
    id: row.id,
    body: row.body,
    senderRole: byExpert ? BookingRole.EXPERT : BookingRole.USER,
    senderName: byExpert ? seat.expert.displayName : (sender?.displayName ?? ''),
    deleted: sender?.deleted ?? true,
    createdAt: row.createdAt,
  });
}

export async function sendMessage(ctx: SignedInContext, input: SendSessionMessageInput) {
  const valid = validateInput(messageSchema, { body: input.body });
  if (!valid.ok) return valid.error;
  const seat = await seatOf(ctx, input.bookingId);
  if (!seat) return null;
  const refused = closedRoomError(seat, ctx.clock.now());
  if (refused) return refused;
  const row = await insertMessage(ctx.db, {
    bookingId: input.bookingId,
    senderId: ctx.viewer.userId,
    body: valid.data.body,
    createdAt: ctx.clock.now(),
  });
  await ctx.adapters.events.publish(ctx.db, messagesTopic(input.bookingId), { messageId: row.id });
  return Object.assign(new SessionMessageSuccess(), { sessionMessage: await toSessionMessage(ctx, seat, row) });
}

export async function roomMessages(ctx: Context, bookingId: string): Promise<SessionMessage[]> {
  const seat = await seatOf(ctx, bookingId);
  if (!seat) return [];
  const rows = await latestMessages(ctx.db, bookingId, roomMessageLimit);
  return Promise.all(rows.map((row) => toSessionMessage(ctx, seat, row)));
}

export async function messageFor(ctx: Context, bookingId: string, messageId: string): Promise<SessionMessage | null> {
  const seat = await seatOf(ctx, bookingId);
  const row = seat && (await findMessage(ctx.db, messageId));
  return row && row.bookingId === bookingId ? toSessionMessage(ctx, seat!, row) : null;
}
