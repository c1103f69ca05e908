/** Booking emails (jobs): each participant in their language and time zone, with an .ics file for their calendar. */
import { DateTime } from 'luxon';
import type { Context } from '../../platform/context';
import { findRecipient } from '../identity/identity.service';
import { sendEmail } from '../notifications/notifications.service';
import type { PushNotice } from '../notifications/push.messages';
import { queuePush } from '../notifications/push.send';
import { mailPhrase, type MailTemplate } from '../notifications/templates';
import type { Locale } from '../identity/identity.policy';
import type { BookingNotice } from './booking.jobs';
import { bookingInvitation } from './booking.ics';
import { findBookingById } from './booking.queries';
import { expertOfBooking } from './booking.service';
import type { BookingRow } from './booking.table';
import { calendarEntries } from './calendar-feed';

const templates: Record<BookingNotice, MailTemplate> = {
  CONFIRMED: 'bookingConfirmed',
  PENDING_PAYMENT: 'bookingPendingPayment',
  RESCHEDULED: 'bookingRescheduled',
  CANCELLED: 'bookingCancelled',
  EXPIRED: 'bookingExpired',
};

/** A push to send with a mail: the event it tells of, and its notice from the reader's formatted time. */
interface PushWithMail {
  eventKey: string;
  notice: (when: string, offering: string) => PushNotice;
}

/**
 * Sends `template` to both participants (only the user for a payment hold), each with their own words and zone, and
 * `push` to their devices when given.
 */
async function mailParticipants(
  ctx: Context,
  booking: BookingRow,
  template: MailTemplate,
  extra: (locale: Locale) => Record<string, string>,
  withCalendarFile: boolean,
  push?: PushWithMail,
) {
  const expert = await expertOfBooking(ctx, booking);
  const [entry] = await calendarEntries(ctx, [booking]);
  const invitation = withCalendarFile
    ? [{ filename: 'skillcall.ics', contentType: 'text/calendar; charset=utf-8', content: bookingInvitation(entry!) }]
    : undefined;
  const user = await findRecipient(ctx, booking.userId);
  const parties = [
    { userId: booking.userId, recipient: user, zone: booking.userTimeZone, other: expert.displayName },
    ...(template === 'bookingPendingPayment'
      ? []
      : [{ userId: expert.userId, recipient: await findRecipient(ctx, expert.userId), zone: expert.timeZone, other: user?.displayName }]),
  ];
  for (const { userId, recipient, zone, other: otherName } of parties) {
    if (!recipient) continue;
    const other = otherName ?? mailPhrase('deletedUser', recipient.locale);
    const when = DateTime.fromJSDate(booking.startsAt, { zone }).setLocale(recipient.locale).toLocaleString(DateTime.DATETIME_FULL);
    await sendEmail(ctx, {
      to: recipient.email,
      locale: recipient.locale,
      template,
      params: { name: recipient.displayName, other, title: entry!.offeringTitle, when, zone, url: entry!.url, ...extra(recipient.locale) },
      metadata: { bookingId: booking.id },
      attachments: invitation,
    });
    if (push) {
      const shortWhen = DateTime.fromJSDate(booking.startsAt, { zone }).setLocale(recipient.locale).toLocaleString(DateTime.DATETIME_MED);
      await queuePush(ctx, userId, push.eventKey, push.notice(shortWhen, entry!.offeringTitle));
    }
  }
}

/** The booking changes a push tells of (a payment hold and its expiry are the user's own doing: mail only). */
const pushedChanges = ['CONFIRMED', 'RESCHEDULED', 'CANCELLED'] as const;
const isPushedChange = (notice: BookingNotice): notice is (typeof pushedChanges)[number] =>
  (pushedChanges as readonly string[]).includes(notice);

export async function sendBookingNotice(ctx: Context, payload: { bookingId: string; notice: BookingNotice }): Promise<void> {
  const booking = await findBookingById(ctx.db, payload.bookingId);
  if (!booking) return;
  const refund = (locale: Locale) => ({
    refund: booking.refundPercent && booking.priceModel !== 'FREE' ? mailPhrase('refund', locale, { percent: booking.refundPercent }) : '',
  });
  const withCalendarFile = payload.notice !== 'PENDING_PAYMENT';
  const { notice } = payload;
  const push = isPushedChange(notice)
    ? {
        eventKey: `booking:${booking.id}:${notice}:${booking.startsAt.toISOString()}`,
        notice: (when: string, offering: string): PushNotice => ({
          kind: 'BOOKING_CHANGES',
          change: notice,
          bookingId: booking.id,
          offering,
          when,
        }),
      }
    : undefined;
  await mailParticipants(ctx, booking, templates[notice], refund, withCalendarFile, push);
}

export async function sendBookingReminder(
  ctx: Context,
  payload: { bookingId: string; reminder: '24h' | '15m'; startsAt: string },
): Promise<void> {
  const booking = await findBookingById(ctx.db, payload.bookingId);
  // Moved or cancelled since: this reminder is out of date (a moved booking has its own).
  if (!booking || booking.status !== 'CONFIRMED' || booking.startsAt.toISOString() !== payload.startsAt) return;
  const soon = (locale: Locale) => ({ soon: mailPhrase(payload.reminder === '24h' ? 'tomorrow' : 'inFifteenMinutes', locale) });
  // The quarter-hour reminder also reaches the phone, with the way into the room.
  const push =
    payload.reminder === '15m'
      ? {
          eventKey: `booking:${booking.id}:reminder-15m:${payload.startsAt}`,
          notice: (_when: string, offering: string): PushNotice => ({ kind: 'REMINDERS', bookingId: booking.id, offering }),
        }
      : undefined;
  await mailParticipants(ctx, booking, 'bookingReminder', soon, false, push);
}
