/**
 * An expert's statement of a month or a year: one line per booking whose money moved in the period (a charge, a
 * refund), from the ledger and the session's invoices, with totals per currency and in the reporting currency.
 * - gross: what the customer paid, less refunds;
 * - commission: what the platform kept (its VAT included under TAX_MODEL=agent, as invoiced monthly);
 * - tax: the VAT of the session's invoices, less credit notes;
 * - payout: the expert's share, transferred to their payout account;
 * - net: what the expert keeps: the payout, less the VAT when the expert is the seller (TAX_MODEL=agent: the VAT on
 *   their session is theirs to pay; under TAX_MODEL=platform the platform pays it).
 */
import { stringify } from 'csv-stringify/sync';
import { formatMinor } from '../billing/money';

export interface StatementLine {
  day: string;
  bookingId: string;
  session: string;
  sessionDay: string;
  currency: string;
  grossMinor: number;
  commissionMinor: number;
  taxMinor: number;
  netMinor: number;
  payoutMinor: number;
}

export type StatementAmounts = Pick<StatementLine, 'grossMinor' | 'commissionMinor' | 'taxMinor' | 'netMinor' | 'payoutMinor'>;

export interface StatementTotal extends StatementAmounts {
  currency: string;
}

export interface Statement {
  period: string;
  expertName: string;
  lines: StatementLine[];
  /** Per currency of the lines. */
  totals: StatementTotal[];
  /** Every line converted at its day's rate and summed; null when all lines are already in it and it adds nothing. */
  reportingTotal: StatementTotal | null;
}

const amountKeys = ['grossMinor', 'commissionMinor', 'taxMinor', 'netMinor', 'payoutMinor'] as const;

export function statementAmounts(
  row: { grossMinor: number; commissionMinor: number; taxMinor: number; payoutMinor: number },
  expertSells: boolean,
): StatementAmounts {
  return { ...row, netMinor: row.payoutMinor - (expertSells ? row.taxMinor : 0) };
}

export function sumAmounts(currency: string, rows: StatementAmounts[]): StatementTotal {
  const total: StatementTotal = { currency, grossMinor: 0, commissionMinor: 0, taxMinor: 0, netMinor: 0, payoutMinor: 0 };
  for (const row of rows) for (const key of amountKeys) total[key] += row[key];
  return total;
}

export function totalsPerCurrency(lines: StatementLine[]): StatementTotal[] {
  const currencies = [...new Set(lines.map((l) => l.currency))].sort();
  return currencies.map((currency) =>
    sumAmounts(
      currency,
      lines.filter((l) => l.currency === currency),
    ),
  );
}

export const statementColumns = [
  'date',
  'booking',
  'session',
  'session_date',
  'currency',
  'gross',
  'commission',
  'tax',
  'net',
  'payout',
] as const;

/** The statement as CSV: the lines, then a TOTAL line per currency and, when it differs, one in the reporting currency. */
export function statementCsv(statement: Statement): string {
  const amounts = (row: StatementAmounts, currency: string) => amountKeys.map((key) => formatMinor({ amountMinor: row[key], currency }));
  const totals = [...statement.totals, ...(statement.reportingTotal ? [statement.reportingTotal] : [])];
  return stringify(
    [
      ...statement.lines.map((l) => [l.day, l.bookingId, l.session, l.sessionDay, l.currency, ...amounts(l, l.currency)]),
      ...totals.map((t) => ['TOTAL', '', '', '', t.currency, ...amounts(t, t.currency)]),
    ],
    { header: true, columns: [...statementColumns], record_delimiter: 'windows' },
  );
}
