/** The admin VAT report of a month (see `vat-report.policy.ts` for its shape), as a CSV file. */
import type { Context } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { reportingConverter } from '../exchange-rates/exchange-rate.service';
import { dayOf, monthOf, parsePeriod } from './report-period';
import { documentLinesIssued } from './tax-reports.queries';
import { vatReportCsv, vatReportRows, type ReportedLine } from './vat-report.policy';

/** The documents the operator issues in its own name (invoices numbered in its series). */
export const platformIssuerKey = 'platform';

export async function vatReport(ctx: Context, month: string): Promise<{ filename: string; csv: string } | null> {
  if (!ctx.viewer?.roles.includes('ADMIN')) throw new AppError('FORBIDDEN');
  const period = parsePeriod(month, false);
  if (!period) return null;
  const converter = reportingConverter(ctx);
  const lines: ReportedLine[] = [];
  for (const line of await documentLinesIssued(ctx.db, platformIssuerKey, period.from, period.until)) {
    const day = dayOf(line.issuedAt);
    const net = await converter.convert({ amountMinor: line.netMinor, currency: line.currency }, day);
    const tax = await converter.convert({ amountMinor: line.taxMinor, currency: line.currency }, day);
    lines.push({
      documentId: line.documentId,
      kind: line.kind,
      creditedMonth: line.creditedIssuedAt ? monthOf(line.creditedIssuedAt) : null,
      taxCountry: line.taxCountry,
      rateBasisPoints: line.rateBasisPoints,
      mention: line.mention,
      netMinor: net.money.amountMinor,
      taxMinor: tax.money.amountMinor,
    });
  }
  const rows = vatReportRows(lines, ctx.config.tax.operator.country, period.label);
  return { filename: `vat-report-${period.label}-${converter.target}.csv`, csv: vatReportCsv(rows, period.label, converter.target) };
}
