/** An expert's own statement of a month or a year (see `statement.policy.ts` for what each amount is). */
import type { Context } from '../../platform/context';
import { reportingConverter } from '../exchange-rates/exchange-rate.service';
import { requireOwnExpert } from '../experts/expert.service';
import { dayOf, parsePeriod } from './report-period';
import { statementAmounts, sumAmounts, totalsPerCurrency, type Statement, type StatementAmounts } from './statement.policy';
import { statementBookings } from './tax-reports.queries';

/** The signed-in expert's statement of `period` (`2026-11` or `2026`); null for a period that is neither. */
export async function myStatement(ctx: Context, periodText: string): Promise<Statement | null> {
  const expert = await requireOwnExpert(ctx);
  const period = parsePeriod(periodText, true);
  if (!period) return null;
  const expertSells = ctx.config.tax.model === 'agent';
  const lines = (await statementBookings(ctx.db, expert.id, period.from, period.until)).map((row) => ({
    day: dayOf(row.at),
    bookingId: row.bookingId,
    session: row.offeringTitle,
    sessionDay: dayOf(row.startsAt),
    currency: row.currency,
    ...statementAmounts(row, expertSells),
  }));
  const totals = totalsPerCurrency(lines);
  const converter = reportingConverter(ctx);
  let reportingTotal = null;
  if (totals.some((total) => total.currency !== converter.target)) {
    const converted: StatementAmounts[] = [];
    for (const line of lines) {
      const convert = async (amountMinor: number) =>
        (await converter.convert({ amountMinor, currency: line.currency }, line.day)).money.amountMinor;
      converted.push({
        grossMinor: await convert(line.grossMinor),
        commissionMinor: await convert(line.commissionMinor),
        taxMinor: await convert(line.taxMinor),
        netMinor: await convert(line.netMinor),
        payoutMinor: await convert(line.payoutMinor),
      });
    }
    reportingTotal = sumAmounts(converter.target, converted);
  }
  return { period: period.label, expertName: expert.displayName, lines, totals, reportingTotal };
}
