/**
 * The admin VAT report: the platform's own supplies of one month (the documents it issued in its name; under
 * TAX_MODEL=agent the sessions invoiced on experts' behalf are the experts' supplies, not the operator's), per
 * scheme, country and rate, shaped like an EU One-Stop Shop return:
 * - OSS: taxed in another EU country than the operator's: the lines of the OSS return (Member State of consumption,
 *   rate, taxable amount, VAT). A credit note for an invoice of an earlier month is a correction of that month
 *   (`corrected_period`), as the OSS return lists corrections apart (Art. 61 of Regulation 282/2011).
 * - DOMESTIC: taxed in the operator's own country (the national return).
 * - REGISTERED_ABROAD: taxed outside the EU where the operator is registered (UK, CH, NO…).
 * - REVERSE_CHARGE: business customers in other EU countries (the EC Sales List), no VAT.
 * - NO_VAT: outside the EU, or exempt.
 * Amounts are converted to the reporting currency document by document at the stored rate of its issue day, then
 * summed; credit notes count negative.
 */
import { stringify } from 'csv-stringify/sync';
import { formatMinor } from '../billing/money';
import { isEuCountry } from '../tax/tax.rates';

export type VatScheme = 'OSS' | 'DOMESTIC' | 'REGISTERED_ABROAD' | 'REVERSE_CHARGE' | 'NO_VAT';
const schemeOrder: VatScheme[] = ['OSS', 'DOMESTIC', 'REGISTERED_ABROAD', 'REVERSE_CHARGE', 'NO_VAT'];

/** One line of an issued document, its amounts already in the reporting currency. */
export interface ReportedLine {
  documentId: string;
  kind: 'INVOICE' | 'CREDIT_NOTE';
  /** The month of the invoice a credit note cancels (`YYYY-MM`); null for an invoice. */
  creditedMonth: string | null;
  taxCountry: string | null;
  rateBasisPoints: number;
  mention: 'REVERSE_CHARGE' | 'EXEMPT_SMALL_BUSINESS' | 'OUTSIDE_EU' | null;
  netMinor: number;
  taxMinor: number;
}

export interface VatReportRow {
  scheme: VatScheme;
  country: string;
  rateBasisPoints: number;
  correctedPeriod: string | null;
  taxableMinor: number;
  vatMinor: number;
  documents: number;
}

export function schemeOf(line: Pick<ReportedLine, 'taxCountry' | 'mention'>, operatorCountry: string): VatScheme {
  if (line.mention === 'REVERSE_CHARGE') return 'REVERSE_CHARGE';
  if (line.mention !== null || line.taxCountry === null) return 'NO_VAT';
  if (line.taxCountry === operatorCountry) return 'DOMESTIC';
  return isEuCountry(line.taxCountry) ? 'OSS' : 'REGISTERED_ABROAD';
}

/** Sums the lines per scheme, country, rate and corrected period, in a stable order. */
export function vatReportRows(lines: ReportedLine[], operatorCountry: string, period: string): VatReportRow[] {
  const rows = new Map<string, VatReportRow & { ids: Set<string> }>();
  for (const line of lines) {
    const scheme = schemeOf(line, operatorCountry);
    const correctedPeriod = line.kind === 'CREDIT_NOTE' && line.creditedMonth !== period ? line.creditedMonth : null;
    const country = line.taxCountry ?? '';
    const key = [scheme, country, line.rateBasisPoints, correctedPeriod ?? ''].join('|');
    const row = rows.get(key) ?? {
      scheme,
      country,
      rateBasisPoints: line.rateBasisPoints,
      correctedPeriod,
      taxableMinor: 0,
      vatMinor: 0,
      documents: 0,
      ids: new Set<string>(),
    };
    const sign = line.kind === 'CREDIT_NOTE' ? -1 : 1;
    row.taxableMinor += sign * line.netMinor;
    row.vatMinor += sign * line.taxMinor;
    row.ids.add(line.documentId);
    row.documents = row.ids.size;
    rows.set(key, row);
  }
  return [...rows.values()]
    .map(({ ids: _ids, ...row }) => row)
    .sort(
      (a, b) =>
        schemeOrder.indexOf(a.scheme) - schemeOrder.indexOf(b.scheme) ||
        a.country.localeCompare(b.country) ||
        b.rateBasisPoints - a.rateBasisPoints ||
        (a.correctedPeriod ?? '').localeCompare(b.correctedPeriod ?? ''),
    );
}

/** OSS returns name Greece EL, not its ISO code GR. */
const memberStateCode = (country: string) => (country === 'GR' ? 'EL' : country);

/** "20", "25.5", "8.1": a rate in basis points as a percentage. */
export const ratePercent = (basisPoints: number): string => String(basisPoints / 100);

export const vatReportColumns = [
  'period',
  'scheme',
  'member_state',
  'vat_rate_type',
  'vat_rate_percent',
  'taxable_amount',
  'vat_amount',
  'currency',
  'corrected_period',
  'documents',
] as const;

/** The report as CSV (RFC 4180, a header line; amounts as decimals in the reporting currency's minor units). */
export function vatReportCsv(rows: VatReportRow[], period: string, currency: string): string {
  return stringify(
    rows.map((row) => [
      period,
      row.scheme,
      row.scheme === 'OSS' ? memberStateCode(row.country) : row.country,
      row.rateBasisPoints > 0 ? 'STANDARD' : '',
      ratePercent(row.rateBasisPoints),
      formatMinor({ amountMinor: row.taxableMinor, currency }),
      formatMinor({ amountMinor: row.vatMinor, currency }),
      currency,
      row.correctedPeriod ?? '',
      row.documents,
    ]),
    { header: true, columns: [...vatReportColumns], record_delimiter: 'windows' },
  );
}
