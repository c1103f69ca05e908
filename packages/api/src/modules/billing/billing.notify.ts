/** Billing emails (jobs): the receipt after a charge, and the steps of a refund request, each in the reader's language. */
import { DateTime } from 'luxon';
import type { Context } from '../../platform/context';
import { bookingRow } from '../bookings/booking-payments.service';
import { expertOfBooking } from '../bookings/booking.service';
import type { BookingRow } from '../bookings/booking.table';
import { offeringTitles } from '../experts/expert.service';
import { findRecipient } from '../identity/identity.service';
import { sendEmail } from '../notifications/notifications.service';
import { mailPhrase } from '../notifications/templates';
import { formatMoneyIn } from './money';
import { guaranteeApplies } from './payment.policy';
import { findPaymentById, findRefundRequest } from './payment.queries';
import { paymentInvoicePdf } from '../invoices/invoice.service';
import { receiptData, renderReceipt } from './receipt';

async function sessionFacts(ctx: Context, booking: BookingRow) {
  const expert = await expertOfBooking(ctx, booking);
  const [user, expertUser] = await Promise.all([findRecipient(ctx, booking.userId), findRecipient(ctx, expert.userId)]);
  const title = (await offeringTitles(ctx, [booking.offeringId])).get(booking.offeringId) ?? '';
  const when = (zone: string, locale: string) =>
    DateTime.fromJSDate(booking.startsAt, { zone }).setLocale(locale).toLocaleString(DateTime.DATETIME_FULL);
  return { expert, user, expertUser, title, when, url: `${ctx.config.publicUrl}/bookings/${booking.id}` };
}

export async function sendReceipt(ctx: Context, paymentId: string): Promise<void> {
  const payment = await findPaymentById(ctx.db, paymentId);
  const data = payment && (await receiptData(ctx, payment));
  const booking = payment && (await bookingRow(ctx, payment.bookingId));
  if (!payment || !data || !booking) return;
  const facts = await sessionFacts(ctx, booking);
  if (!facts.user) return;
  const { locale } = facts.user;
  const invoice = await paymentInvoicePdf(ctx, payment.id);
  await sendEmail(ctx, {
    to: facts.user.email,
    locale,
    template: 'paymentReceipt',
    params: {
      name: facts.user.displayName,
      other: facts.expert.displayName,
      title: facts.title,
      when: facts.when(booking.userTimeZone, locale),
      zone: booking.userTimeZone,
      amount: formatMoneyIn({ amountMinor: payment.capturedMinor, currency: payment.currency }, locale),
      offline: payment.provider === 'offline' ? mailPhrase('offlinePayment', locale) : '',
      // A cancellation fee is charged for a session that will not take place: no guarantee to offer.
      guarantee: guaranteeApplies(booking) ? mailPhrase('guaranteeOffer', locale) : '',
      url: facts.url,
    },
    metadata: { bookingId: booking.id, paymentId },
    attachments: [
      // The invoice replaces the receipt; a payment captured before invoices existed keeps its receipt.
      invoice
        ? { filename: `${invoice.number}.pdf`, contentType: 'application/pdf', content: invoice.pdf.toString('base64'), encoding: 'base64' }
        : {
            filename: `skillcall-receipt-${payment.id.slice(0, 8)}.pdf`,
            contentType: 'application/pdf',
            content: (await renderReceipt(data, locale)).toString('base64'),
            encoding: 'base64',
          },
    ],
  });
}

export async function sendRefundRequestNotice(
  ctx: Context,
  payload: { refundRequestId: string; notice: 'REQUESTED' | 'GRANTED' | 'DECLINED' },
): Promise<void> {
  const request = await findRefundRequest(ctx.db, payload.refundRequestId);
  const booking = request && (await bookingRow(ctx, request.bookingId));
  if (!request || !booking) return;
  const facts = await sessionFacts(ctx, booking);
  if (payload.notice === 'REQUESTED') {
    if (!facts.expertUser) return;
    const { locale } = facts.expertUser;
    const status = mailPhrase(request.status === 'PENDING_ADMIN' ? 'refundUnderReview' : 'refundGrantedAtOnce', locale);
    await sendEmail(ctx, {
      to: facts.expertUser.email,
      locale,
      template: 'refundRequested',
      params: {
        name: facts.expertUser.displayName,
        other: facts.user?.displayName ?? mailPhrase('deletedUser', locale),
        title: facts.title,
        when: facts.when(facts.expert.timeZone, locale),
        zone: facts.expert.timeZone,
        reason: request.reason,
        status,
        url: facts.url,
      },
      metadata: { bookingId: booking.id, refundRequestId: request.id },
    });
    return;
  }
  if (!facts.user) return;
  await sendEmail(ctx, {
    to: facts.user.email,
    locale: facts.user.locale,
    template: payload.notice === 'GRANTED' ? 'refundGranted' : 'refundDeclined',
    params: {
      name: facts.user.displayName,
      other: facts.expert.displayName,
      title: facts.title,
      note: request.decisionNote ?? '',
      url: facts.url,
    },
    metadata: { bookingId: booking.id, refundRequestId: request.id },
  });
}
