/** Booking emails (jobs): each participant in their language and time zone, with an .ics file for their calendar. */
import { DateTime } from 'luxon';
import type { Context } from '../../platform/context';
import { findRecipient } from '../identity/identity.service';
import { sendEmail } from '../notifications/notifications.service';
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

/** Sends `template` to both participants (only the user for a payment hold), each with their own words and zone. */
async function mailParticipants(
  ctx: Context,
  booking: BookingRow,
  template: MailTemplate,
  extra: (locale: Locale) => Record<string, string>,
  withCalendarFile: boolean,
) {
  const expert = await expertOfBooking(ctx, booking);
  const [entry] = await calendarEntries(ctx, [booking]);
  const invitation = withCalendarFile
    ? [{ filename: 'skillcall.ics', contentType: 'text/calendar; charset=utf-8', content: bookingInvitation(entry!) }]
    : undefined;
  const user = await findRecipient(ctx, booking.userId);
  const parties = [
    { recipient: user, zone: booking.userTimeZone, other: expert.displayName },
    ...(template === 'bookingPendingPayment'
      ? []
      : [{ recipient: await findRecipient(ctx, expert.userId), zone: expert.timeZone, other: user?.displayName }]),
  ];
  for (const { recipient, zone, other: otherName } of parties) {
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
  }
}

export async function sendBookingNotice(ctx: Context, payload: { bookingId: string; notice: BookingNotice }): Promise<void> {
  const booking = await findBookingById(ctx.db, payload.bookingId);
  if (!booking) return;
  const refund = (locale: Locale) => ({
    refund: booking.refundPercent && booking.priceModel !== 'FREE' ? mailPhrase('refund', locale, { percent: booking.refundPercent }) : '',
  });
  const withCalendarFile = payload.notice !== 'PENDING_PAYMENT';
  await mailParticipants(ctx, booking, templates[payload.notice], refund, withCalendarFile);
}

export async function sendBookingReminder(
  ctx: Context,
  payload: { bookingId: string; reminder: '24h' | '15m'; startsAt: string },
): Promise<void> {
  const booking = await findBookingById(ctx.db, payload.bookingId);
  // Moved or cancelled since: this reminder is out of date (a moved booking has its own).
  if (!booking || booking.status !== 'CONFIRMED' || booking.startsAt.toISOString() !== payload.startsAt) return;
  const soon = (locale: Locale) => ({ soon: mailPhrase(payload.reminder === '24h' ? 'tomorrow' : 'inFifteenMinutes', locale) });
  await mailParticipants(ctx, booking, 'bookingReminder', soon, false);
}
