/**
 * Pure rules of invoice documents: which series a document goes in, how its number is printed, and how a credit
 * note splits a refunded amount over the invoice's lines (largest remainder, so the lines add up to the amount to
 * the cent and a full refund mirrors the invoice exactly). Hand-written: a dozen lines of integer arithmetic.
 */
import type { InvoiceKind } from './invoice.table';

/** One series per kind and calendar year (UTC): invoices `2026`, credit notes `CN2026`; numbers restart each year. */
export function seriesOf(kind: InvoiceKind, issuedAt: Date): string {
  const year = String(issuedAt.getUTCFullYear());
  return kind === 'CREDIT_NOTE' ? `CN${year}` : year;
}

/** The printed number: `SKC-2026-000042` (at least six digits, more when a series outgrows them). */
export function formatInvoiceNumber(prefix: string, series: string, sequence: number): string {
  return `${prefix}-${series}-${String(sequence).padStart(6, '0')}`;
}

export interface LineAmounts {
  netMinor: number;
  taxMinor: number;
  grossMinor: number;
}

/** Splits `part` in proportion to `weights` (non-negative integers), the remainders going to the largest fractions. */
export function apportion(part: number, weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (total === 0) return weights.map(() => 0);
  const shares = weights.map((w) => Math.floor((part * w) / total));
  let left = part - shares.reduce((sum, s) => sum + s, 0);
  const order = weights.map((w, i) => ({ i, rest: (part * w) % total })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    shares[i]! += 1;
    left -= 1;
  }
  return shares;
}

/**
 * The lines of a credit note cancelling `refundedGrossMinor` of an invoice: each line's share of the gross, then
 * within a line the tax in the line's own proportion, so the rate printed stays the invoice's.
 */
export function creditLines<L extends LineAmounts>(lines: readonly L[], refundedGrossMinor: number): (L & LineAmounts)[] {
  const invoiceGross = lines.reduce((sum, l) => sum + l.grossMinor, 0);
  if (refundedGrossMinor <= 0 || refundedGrossMinor > invoiceGross) {
    throw new RangeError(`a credit note cancels between 1 and ${invoiceGross} minor units, not ${refundedGrossMinor}`);
  }
  const grosses = apportion(
    refundedGrossMinor,
    lines.map((l) => l.grossMinor),
  );
  return lines.map((line, i) => {
    const grossMinor = grosses[i]!;
    const taxMinor = line.grossMinor === 0 ? 0 : Math.round((line.taxMinor * grossMinor) / line.grossMinor);
    return { ...line, grossMinor, taxMinor, netMinor: grossMinor - taxMinor };
  });
}
