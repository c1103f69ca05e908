/**
 * Private calendar feeds: `/calendar/<token>.ics` lists the user's bookings, on both sides (as a user and as an
 * expert). The token is shown once; only its hash is kept; resetting it revokes the previous address.
 */
import type express from 'express';
import type { Context, SignedInContext } from '../../platform/context';
import type { HttpRouteContexts } from '../../platform/http/server-deps';
import { hashToken, newSecretToken } from '../identity/tokens';
import { findExpertByUserIdOrNull, offeringTitles } from '../experts/expert.service';
import { calendarFeed, type CalendarEntry } from './booking.ics';
import { deleteCalendarFeed, findCalendarFeedOwner, findFeedBookings, hasCalendarFeed, replaceCalendarFeed } from './booking.queries';
import type { BookingRow } from './booking.table';
import { CalendarFeed } from './booking.types';

export async function resetCalendarFeed(ctx: SignedInContext): Promise<CalendarFeed> {
  const { token, tokenHash } = newSecretToken();
  await replaceCalendarFeed(ctx.db, ctx.viewer.userId, tokenHash, ctx.clock.now());
  return Object.assign(new CalendarFeed(), { url: `${ctx.config.publicUrl}/calendar/${token}.ics` });
}

export async function revokeCalendarFeed(ctx: SignedInContext): Promise<boolean> {
  return deleteCalendarFeed(ctx.db, ctx.viewer.userId);
}

export function calendarFeedExists(ctx: SignedInContext): Promise<boolean> {
  return hasCalendarFeed(ctx.db, ctx.viewer.userId);
}

/** Calendar entries for bookings: the offering's title, linking to the booking page. */
export async function calendarEntries(ctx: Context, rows: BookingRow[]): Promise<CalendarEntry[]> {
  const titles = await offeringTitles(ctx, [...new Set(rows.map((r) => r.offeringId))]);
  return rows.map((booking) => ({
    booking,
    offeringTitle: titles.get(booking.offeringId) ?? 'session',
    url: `${ctx.config.publicUrl}/bookings/${booking.id}`,
  }));
}

export function mountCalendarFeed(app: express.Express, contexts: HttpRouteContexts): void {
  app.get('/calendar/:file', async (req, res, next) => {
    try {
      const match = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(req.params.file);
      const ctx = contexts.system();
      const userId = match ? await findCalendarFeedOwner(ctx.db, hashToken(match[1]!)) : undefined;
      if (!userId) {
        res.status(404).type('text/plain').send('Unknown or revoked calendar feed.');
        return;
      }
      const expert = await findExpertByUserIdOrNull(ctx, userId);
      const since = new Date(ctx.clock.now().getTime() - 30 * 86_400_000);
      const rows = await findFeedBookings(ctx.db, userId, expert?.id, since);
      res
        .set('cache-control', 'private, max-age=300')
        .type('text/calendar; charset=utf-8')
        .send(calendarFeed('Skillcall', await calendarEntries(ctx, rows)));
    } catch (error) {
      next(error);
    }
  });
}
