/**
 * An invoice or credit note as a PDF (pdfkit), in the language it was issued in, with every field an EU invoice needs
 * (Article 226 of Directive 2006/112/EC): issue date, the number in its series, both parties' names, addresses and
 * VAT numbers, the description and date of the service, net amount, rate and tax per rate, the total, the currency,
 * and the reverse-charge, exemption or out-of-scope mention where it applies. A credit note names the invoice it
 * corrects. Rendered from the stored document only, so it prints the same every time.
 */
import i18next from 'i18next';
import { DateTime } from 'luxon';
import PDFDocument from 'pdfkit';
import { formatMinor } from '../billing/money';
import type { Locale } from '../identity/identity.policy';
import { mentionText } from '../tax/tax.mentions';
import type { InvoiceLineRow, InvoiceParty, InvoiceRow } from './invoice.table';

const strings = {
  en: {
    INVOICE: 'Invoice',
    CREDIT_NOTE: 'Credit note',
    number: 'Number',
    issued: 'Date of issue',
    supplied: 'Date of the service',
    period: 'Period of the service',
    credits: 'Corrects invoice',
    reason: 'Reason',
    seller: 'Seller',
    buyer: 'Customer',
    vatNumber: 'VAT number',
    description: 'Description',
    net: 'Net',
    rate: 'VAT rate',
    tax: 'VAT',
    gross: 'Total',
    perRate: 'VAT at {{rate}}: net {{net}}, VAT {{tax}}',
    totalNet: 'Total net',
    totalTax: 'Total VAT',
    total: 'Total due',
    totalCredited: 'Total credited',
    currency: 'Currency',
    paid: 'Paid by card through Skillcall.',
    onBehalf: 'Invoice issued by {{platform}} in the name and on behalf of {{seller}}.',
    reasons: {
      CANCELLATION: 'cancellation',
      GUARANTEE: 'satisfaction guarantee',
      LATE_PAYMENT: 'payment received after the booking lapsed',
      OUTSIDE: 'refund made at the payment provider',
    },
  },
  fr: {
    INVOICE: 'Facture',
    CREDIT_NOTE: 'Avoir',
    number: 'Numéro',
    issued: 'Date d’émission',
    supplied: 'Date de la prestation',
    period: 'Période de la prestation',
    credits: 'Rectifie la facture',
    reason: 'Motif',
    seller: 'Vendeur',
    buyer: 'Client',
    vatNumber: 'Numéro de TVA',
    description: 'Désignation',
    net: 'HT',
    rate: 'Taux de TVA',
    tax: 'TVA',
    gross: 'TTC',
    perRate: 'TVA à {{rate}} : HT {{net}}, TVA {{tax}}',
    totalNet: 'Total HT',
    totalTax: 'Total TVA',
    total: 'Total TTC',
    totalCredited: 'Total de l’avoir',
    currency: 'Devise',
    paid: 'Payée par carte via Skillcall.',
    onBehalf: 'Facture établie par {{platform}} au nom et pour le compte de {{seller}}.',
    reasons: {
      CANCELLATION: 'annulation',
      GUARANTEE: 'garantie de satisfaction',
      LATE_PAYMENT: 'paiement reçu après l’expiration de la réservation',
      OUTSIDE: 'remboursement effectué chez le prestataire de paiement',
    },
  },
};

const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { invoice: strings.en }, fr: { invoice: strings.fr } },
  fallbackLng: 'en',
  defaultNS: 'invoice',
  initAsync: false,
});

/** "EUR 12.50" / "12,50 EUR": the code keeps every currency legible in the PDF's standard font. */
export function invoiceAmount(minor: number, currency: string, locale: Locale): string {
  const [whole, fraction] = formatMinor({ amountMinor: minor, currency }).split('.');
  const grouped = Number(whole)
    .toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB')
    .replace(/[\u202f\u00a0]/g, ' ');
  const number = fraction ? `${grouped}${locale === 'fr' ? ',' : '.'}${fraction}` : grouped;
  return locale === 'fr' ? `${number} ${currency}` : `${currency} ${number}`;
}

/** 2000 → "20 %" / "20 %", 2550 → "25.5 %" / "25,5 %". */
function percent(basisPoints: number, locale: Locale): string {
  const value = (basisPoints / 100).toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 });
  return `${value} %`;
}

const day = (date: Date, locale: Locale) => DateTime.fromJSDate(date, { zone: 'UTC' }).setLocale(locale).toLocaleString(DateTime.DATE_FULL);

export interface InvoiceDocument {
  invoice: InvoiceRow;
  lines: InvoiceLineRow[];
  /** A credit note's invoice number. */
  creditedNumber: string | null;
  /** The operator's legal name, printed as the issuer of an invoice made in an expert's name (TAX_MODEL=agent). */
  operatorName: string;
}

function partyLines(p: InvoiceParty, vatLabel: string): string[] {
  return [
    p.name,
    ...(p.address ? p.address.split('\n') : []),
    ...(p.country ? [p.country] : []),
    ...(p.vatNumber ? [`${vatLabel}: ${p.vatNumber}`] : []),
  ];
}

export function renderInvoice({ invoice, lines, creditedNumber, operatorName }: InvoiceDocument): Promise<Buffer> {
  const locale = invoice.locale;
  const t = i18n.getFixedT(locale);
  const money = (minor: number) => invoiceAmount(minor, invoice.currency, locale);
  const title = `${t(invoice.kind)} ${invoice.number}`;
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title, Author: invoice.seller.name } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const field = (label: string, value: string) => {
    doc.font('Helvetica-Bold').fontSize(9).text(label);
    doc.font('Helvetica').fontSize(11).text(value).moveDown(0.4);
  };

  doc.font('Helvetica-Bold').fontSize(20).text(t(invoice.kind)).moveDown(0.5);
  field(t('number'), invoice.number);
  field(t('issued'), day(invoice.issuedAt, locale));
  field(
    invoice.suppliedUntil ? t('period') : t('supplied'),
    invoice.suppliedUntil ? `${day(invoice.suppliedAt, locale)} – ${day(invoice.suppliedUntil, locale)}` : day(invoice.suppliedAt, locale),
  );
  if (creditedNumber) field(t('credits'), creditedNumber);
  if (invoice.reason) field(t('reason'), t(`reasons.${invoice.reason}`, { defaultValue: invoice.reason }));
  field(t('seller'), partyLines(invoice.seller, t('vatNumber')).join('\n'));
  field(t('buyer'), partyLines(invoice.buyer, t('vatNumber')).join('\n'));
  doc.moveDown(0.5);

  for (const line of lines) {
    field(t('description'), line.description);
    doc
      .font('Helvetica')
      .fontSize(11)
      .text(
        `${t('net')}: ${money(line.netMinor)}    ${t('rate')}: ${percent(line.rateBasisPoints, locale)}    ${t('tax')}: ${money(line.taxMinor)}    ${t('gross')}: ${money(line.grossMinor)}`,
      )
      .moveDown(0.6);
  }
  const rates = [...new Set(lines.map((l) => l.rateBasisPoints))].sort((a, b) => b - a);
  for (const rate of rates) {
    const at = lines.filter((l) => l.rateBasisPoints === rate);
    doc.text(
      t('perRate', {
        rate: percent(rate, locale),
        net: money(at.reduce((s, l) => s + l.netMinor, 0)),
        tax: money(at.reduce((s, l) => s + l.taxMinor, 0)),
        interpolation: { escapeValue: false },
      }),
    );
  }
  doc.moveDown(0.5);
  field(t('totalNet'), money(invoice.netMinor));
  field(t('totalTax'), money(invoice.taxMinor));
  field(invoice.kind === 'CREDIT_NOTE' ? t('totalCredited') : t('total'), money(invoice.grossMinor));
  field(t('currency'), invoice.currency);

  doc.moveDown(0.5).font('Helvetica').fontSize(10);
  const mention = mentionText({ mention: invoice.mention, exemptionText: invoice.mentionText }, locale);
  if (mention) doc.text(mention);
  if (invoice.issuerKey !== 'platform') {
    doc.text(t('onBehalf', { platform: operatorName, seller: invoice.seller.name, interpolation: { escapeValue: false } }));
  }
  if (invoice.kind === 'INVOICE') doc.fillColor('#555555').text(t('paid'));
  doc.end();
  return done;
}
