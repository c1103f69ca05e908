/** An expert's statement as a PDF (pdfkit) in their language: the lines, totals per currency and converted. */
import i18next from 'i18next';
import PDFDocument from 'pdfkit';
import type { Locale } from '../identity/identity.policy';
import { formatMinor } from '../billing/money';
import type { Statement, StatementAmounts } from './statement.policy';

const strings = {
  en: {
    title: 'Statement',
    period: 'Period: {{period}}',
    expert: 'Expert: {{name}}',
    date: 'Date',
    session: 'Session',
    gross: 'Gross',
    commission: 'Commission',
    tax: 'VAT',
    net: 'Net',
    payout: 'Payouts',
    totals: 'Totals',
    converted: 'Total in {{currency}} (each line at the exchange rate of its day)',
    empty: 'No session was paid or refunded in this period.',
    footer:
      'Gross: paid by customers, less refunds. Commission: kept by the platform. VAT: on your sessions’ invoices. Payouts: your share, transferred to your payout account. Net: what you keep.',
  },
  fr: {
    title: 'Relevé',
    period: 'Période : {{period}}',
    expert: 'Expert : {{name}}',
    date: 'Date',
    session: 'Séance',
    gross: 'Brut',
    commission: 'Commission',
    tax: 'TVA',
    net: 'Net',
    payout: 'Versements',
    totals: 'Totaux',
    converted: 'Total en {{currency}} (chaque ligne au taux de change de son jour)',
    empty: 'Aucune séance payée ni remboursée sur cette période.',
    footer:
      'Brut : payé par les clients, remboursements déduits. Commission : conservée par la plateforme. TVA : celle des factures de vos séances. Versements : votre part, virée sur votre compte de versement. Net : ce qui vous reste.',
  },
};

const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { statement: strings.en }, fr: { statement: strings.fr } },
  fallbackLng: 'en',
  defaultNS: 'statement',
  interpolation: { escapeValue: false },
  initAsync: false,
});

/** "1 234,50 EUR" / "EUR 1,234.50": the code keeps every currency legible in the standard font. */
function amount(minor: number, currency: string, locale: Locale): string {
  const text = formatMinor({ amountMinor: minor, currency });
  const negative = text.startsWith('-');
  const [whole, fraction] = text.replace('-', '').split('.');
  const grouped = Number(whole)
    .toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB')
    .replace(/[\u202f\u00a0]/g, ' ');
  const number = `${negative ? '-' : ''}${fraction ? `${grouped}${locale === 'fr' ? ',' : '.'}${fraction}` : grouped}`;
  return locale === 'fr' ? `${number} ${currency}` : `${currency} ${number}`;
}

export function renderStatement(statement: Statement, locale: Locale): Promise<Buffer> {
  const t = i18n.getFixedT(locale);
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 40,
    info: { Title: `${t('title')} ${statement.period}`, Author: 'Skillcall' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const columns = [
    { label: t('date'), width: 70 },
    { label: t('session'), width: 210 },
    { label: t('gross'), width: 90 },
    { label: t('commission'), width: 90 },
    { label: t('tax'), width: 90 },
    { label: t('net'), width: 90 },
    { label: t('payout'), width: 90 },
  ];
  const row = (cells: string[], bold = false) => {
    const y = doc.y;
    let x = doc.page.margins.left;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    const heights = cells.map((cell, i) => doc.heightOfString(cell, { width: columns[i]!.width - 6 }));
    if (y + Math.max(...heights) > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const top = doc.y;
    cells.forEach((cell, i) => {
      doc.text(cell, x, top, { width: columns[i]!.width - 6, align: i >= 2 ? 'right' : 'left' });
      x += columns[i]!.width;
    });
    doc.x = doc.page.margins.left;
    doc.y = top + Math.max(...heights) + 4;
  };
  const amounts = (a: StatementAmounts, currency: string) =>
    [a.grossMinor, a.commissionMinor, a.taxMinor, a.netMinor, a.payoutMinor].map((m) => amount(m, currency, locale));

  doc.font('Helvetica-Bold').fontSize(20).text('Skillcall');
  doc.font('Helvetica').fontSize(14).text(t('title'));
  doc
    .fontSize(10)
    .text(t('period', { period: statement.period }))
    .text(t('expert', { name: statement.expertName }))
    .moveDown();
  if (statement.lines.length === 0) doc.fontSize(11).text(t('empty')).moveDown();
  else {
    row(
      columns.map((c) => c.label),
      true,
    );
    for (const line of statement.lines) row([line.day, `${line.session} (${line.sessionDay})`, ...amounts(line, line.currency)]);
    doc.moveDown();
    doc.font('Helvetica-Bold').fontSize(11).text(t('totals'));
    for (const total of statement.totals) row(['', total.currency, ...amounts(total, total.currency)], true);
    if (statement.reportingTotal) {
      doc
        .moveDown(0.5)
        .font('Helvetica')
        .fontSize(9)
        .text(t('converted', { currency: statement.reportingTotal.currency }));
      row(['', statement.reportingTotal.currency, ...amounts(statement.reportingTotal, statement.reportingTotal.currency)], true);
    }
  }
  doc.moveDown().font('Helvetica').fontSize(8).fillColor('#555555').text(t('footer'), doc.page.margins.left);
  doc.end();
  return done;
}
