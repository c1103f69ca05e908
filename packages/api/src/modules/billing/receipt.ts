/**
 * Payment receipts: a PDF (pdfkit) in the reader's language, with the expert, the session, the amount charged, the
 * platform's fee, the expert's share, refunds and the date. Served at `/receipts/<paymentId>.pdf` to the booking's
 * participants and admins, and attached to the receipt email.
 */
import i18next from 'i18next';
import { DateTime } from 'luxon';
import PDFDocument from 'pdfkit';
import type express from 'express';
import type { Context } from '../../platform/context';
import type { HttpRouteContexts } from '../../platform/http/server-deps';
import { bookingRow } from '../bookings/booking-payments.service';
import { expertOfBooking, isParticipant } from '../bookings/booking.service';
import { offeringTitles } from '../experts/expert.service';
import { findRecipient } from '../identity/identity.service';
import type { Locale } from '../identity/identity.policy';
import { splitCharge } from './fee-split';
import { chargedAt } from './ledger';
import { formatMinor } from './money';
import { findPaymentById } from './payment.queries';
import type { PaymentRow } from './payment.table';

const strings = {
  en: {
    title: 'Receipt',
    number: 'Receipt number',
    date: 'Date of payment',
    paidBy: 'Paid by',
    expert: 'Expert',
    session: 'Session',
    when: 'Session time',
    charged: 'Amount charged',
    fee: 'of which Skillcall’s commission',
    share: 'of which the expert’s share',
    refunded: 'Refunded',
    net: 'Net paid',
    provider: 'Processed by',
    offline: 'Offline payment provider: a simulation, no real money moved.',
    footer: 'Skillcall collects the payment on behalf of the expert and keeps its commission; the expert receives the rest.',
  },
  fr: {
    title: 'Reçu',
    number: 'Numéro de reçu',
    date: 'Date du paiement',
    paidBy: 'Payé par',
    expert: 'Expert',
    session: 'Séance',
    when: 'Horaire de la séance',
    charged: 'Montant payé',
    fee: 'dont commission de Skillcall',
    share: 'dont part de l’expert',
    refunded: 'Remboursé',
    net: 'Net payé',
    provider: 'Traité par',
    offline: 'Fournisseur de paiement hors ligne : une simulation, aucun argent réel n’a circulé.',
    footer: 'Skillcall encaisse le paiement pour le compte de l’expert et conserve sa commission ; l’expert reçoit le reste.',
  },
};

const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { receipt: strings.en }, fr: { receipt: strings.fr } },
  fallbackLng: 'en',
  defaultNS: 'receipt',
  initAsync: false,
});

export interface ReceiptData {
  payment: PaymentRow;
  paidAt: Date;
  payer: string;
  expert: string;
  session: string;
  startsAt: Date;
  timeZone: string;
}

/** Amounts as "EUR 12.50" / "12,50 EUR": the currency code keeps every currency legible in the PDF's standard font. */
function amount(minor: number, currency: string, locale: Locale): string {
  const [whole, fraction] = formatMinor({ amountMinor: minor, currency }).split('.');
  const grouped = Number(whole)
    .toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB')
    .replace(/[\u202f\u00a0]/g, ' ');
  const number = fraction ? `${grouped}${locale === 'fr' ? ',' : '.'}${fraction}` : grouped;
  return locale === 'fr' ? `${number} ${currency}` : `${currency} ${number}`;
}

export function renderReceipt(data: ReceiptData, locale: Locale): Promise<Buffer> {
  const t = i18n.getFixedT(locale);
  const { payment } = data;
  const split = splitCharge(payment.capturedMinor, payment.currency, payment.feeBasisPoints);
  const when = (date: Date, zone: string) =>
    DateTime.fromJSDate(date, { zone })
      .setLocale(locale)
      .toLocaleString(DateTime.DATETIME_FULL)
      .replace(/[\u202f\u00a0]/g, ' ');
  const rows: [string, string][] = [
    [t('number'), payment.id],
    [t('date'), when(data.paidAt, data.timeZone)],
    [t('paidBy'), data.payer],
    [t('expert'), data.expert],
    [t('session'), data.session],
    [t('when'), when(data.startsAt, data.timeZone)],
    [t('charged'), amount(payment.capturedMinor, payment.currency, locale)],
    [t('fee'), amount(split.feeMinor, payment.currency, locale)],
    [t('share'), amount(split.expertMinor, payment.currency, locale)],
    ...(payment.refundedMinor > 0
      ? ([[t('refunded'), amount(payment.refundedMinor, payment.currency, locale)]] as [string, string][])
      : []),
    [t('net'), amount(payment.capturedMinor - payment.refundedMinor, payment.currency, locale)],
    [t('provider'), payment.provider === 'stripe' ? 'Stripe' : t('offline')],
  ];
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `Skillcall — ${t('title')} ${payment.id}`, Author: 'Skillcall' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('Helvetica-Bold').fontSize(22).text('Skillcall');
  doc.font('Helvetica').fontSize(16).text(t('title')).moveDown();
  for (const [label, value] of rows) {
    doc.font('Helvetica-Bold').fontSize(10).text(label);
    doc.font('Helvetica').fontSize(12).text(value).moveDown(0.5);
  }
  doc.moveDown().fontSize(9).fillColor('#555555').text(t('footer'));
  doc.end();
  return done;
}

/** Everything a receipt shows, for a payment that charged something. */
export async function receiptData(ctx: Context, payment: PaymentRow): Promise<ReceiptData | null> {
  const paidAt = await chargedAt(ctx.db, payment.bookingId);
  const booking = await bookingRow(ctx, payment.bookingId);
  if (!paidAt || !booking) return null;
  const expert = await expertOfBooking(ctx, booking);
  const payer = await findRecipient(ctx, booking.userId);
  const session = (await offeringTitles(ctx, [booking.offeringId])).get(booking.offeringId) ?? '';
  return {
    payment,
    paidAt,
    payer: payer?.displayName ?? '',
    expert: expert.displayName,
    session,
    startsAt: booking.startsAt,
    timeZone: booking.userTimeZone,
  };
}

export function mountReceipts(app: express.Express, contexts: HttpRouteContexts): void {
  app.get('/receipts/:file', async (req, res, next) => {
    try {
      const ctx = await contexts.forRequest(req, res);
      const id = /^([0-9a-f-]{36})\.pdf$/.exec(req.params.file)?.[1];
      const payment = id ? await findPaymentById(ctx.db, id) : undefined;
      const booking = payment && (await bookingRow(ctx, payment.bookingId));
      const allowed = booking && isParticipant(ctx, booking, await expertOfBooking(ctx, booking));
      const data = allowed ? await receiptData(ctx, payment!) : null;
      if (!data) {
        res
          .status(ctx.viewer ? 404 : 401)
          .type('text/plain')
          .send(ctx.viewer ? 'No such receipt.' : 'Sign in to download your receipt.');
        return;
      }
      const locale = ((ctx.viewer && (await findRecipient(ctx, ctx.viewer.userId))?.locale) ?? 'en') as Locale;
      const pdf = await renderReceipt(data, locale);
      res
        .set('cache-control', 'private, no-store')
        .set('content-disposition', `attachment; filename="skillcall-receipt-${payment!.id.slice(0, 8)}.pdf"`)
        .type('application/pdf')
        .send(pdf);
    } catch (error) {
      next(error);
    }
  });
}
