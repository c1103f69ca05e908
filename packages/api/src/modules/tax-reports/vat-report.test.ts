import { describe, expect, it } from 'vitest';
import { formatMinor } from '../billing/money';
import { vatReportCsv, vatReportRows, type ReportedLine } from './vat-report.policy';

const line = (overrides: Partial<ReportedLine>): ReportedLine => ({
  documentId: 'd1',
  kind: 'INVOICE',
  creditedMonth: null,
  taxCountry: 'FR',
  rateBasisPoints: 2000,
  mention: null,
  netMinor: 10_000,
  taxMinor: 2000,
  ...overrides,
});

describe('the VAT report of a month', () => {
  it('sums per scheme, Member State and rate, with corrections of earlier months apart, as an OSS return lists them', () => {
    const rows = vatReportRows(
      [
        line({ documentId: 'fr1' }),
        line({ documentId: 'fr2', netMinor: 5000, taxMinor: 1000 }),
        line({ documentId: 'de1', taxCountry: 'DE', rateBasisPoints: 1900, netMinor: 8403, taxMinor: 1597 }),
        line({ documentId: 'de2', taxCountry: 'DE', rateBasisPoints: 1900, netMinor: 4202, taxMinor: 798 }),
        // A credit note this month for a German invoice of this month: netted in the month's line.
        line({
          documentId: 'cn1',
          kind: 'CREDIT_NOTE',
          creditedMonth: '2026-11',
          taxCountry: 'DE',
          rateBasisPoints: 1900,
          netMinor: 4202,
          taxMinor: 798,
        }),
        // A credit note for an October invoice: a correction of October.
        line({
          documentId: 'cn2',
          kind: 'CREDIT_NOTE',
          creditedMonth: '2026-10',
          taxCountry: 'GR',
          rateBasisPoints: 2400,
          netMinor: 1000,
          taxMinor: 240,
        }),
        line({ documentId: 'be1', taxCountry: 'BE', rateBasisPoints: 0, mention: 'REVERSE_CHARGE', netMinor: 12_000, taxMinor: 0 }),
        line({ documentId: 'us1', taxCountry: 'US', rateBasisPoints: 0, mention: 'OUTSIDE_EU', netMinor: 3000, taxMinor: 0 }),
        line({ documentId: 'gb1', taxCountry: 'GB', rateBasisPoints: 2000, netMinor: 1000, taxMinor: 200 }),
      ],
      'FR',
      '2026-11',
    );
    expect(rows).toEqual([
      { scheme: 'OSS', country: 'DE', rateBasisPoints: 1900, correctedPeriod: null, taxableMinor: 8403, vatMinor: 1597, documents: 3 },
      {
        scheme: 'OSS',
        country: 'GR',
        rateBasisPoints: 2400,
        correctedPeriod: '2026-10',
        taxableMinor: -1000,
        vatMinor: -240,
        documents: 1,
      },
      {
        scheme: 'DOMESTIC',
        country: 'FR',
        rateBasisPoints: 2000,
        correctedPeriod: null,
        taxableMinor: 15_000,
        vatMinor: 3000,
        documents: 2,
      },
      {
        scheme: 'REGISTERED_ABROAD',
        country: 'GB',
        rateBasisPoints: 2000,
        correctedPeriod: null,
        taxableMinor: 1000,
        vatMinor: 200,
        documents: 1,
      },
      {
        scheme: 'REVERSE_CHARGE',
        country: 'BE',
        rateBasisPoints: 0,
        correctedPeriod: null,
        taxableMinor: 12_000,
        vatMinor: 0,
        documents: 1,
      },
      { scheme: 'NO_VAT', country: 'US', rateBasisPoints: 0, correctedPeriod: null, taxableMinor: 3000, vatMinor: 0, documents: 1 },
    ]);
    const csv = vatReportCsv(rows, '2026-11', 'EUR').split('\r\n');
    expect(csv[0]).toBe(
      'period,scheme,member_state,vat_rate_type,vat_rate_percent,taxable_amount,vat_amount,currency,corrected_period,documents',
    );
    expect(csv[1]).toBe('2026-11,OSS,DE,STANDARD,19,84.03,15.97,EUR,,3');
    // Greece is EL in an OSS return.
    expect(csv[2]).toBe('2026-11,OSS,EL,STANDARD,24,-10.00,-2.40,EUR,2026-10,1');
    expect(csv[5]).toBe('2026-11,REVERSE_CHARGE,BE,,0,120.00,0.00,EUR,,1');
  });

  it('writes amounts with the currency’s own minor units, negative ones included', () => {
    expect(formatMinor({ amountMinor: -5, currency: 'EUR' })).toBe('-0.05');
    expect(formatMinor({ amountMinor: 1500, currency: 'JPY' })).toBe('1500');
    expect(formatMinor({ amountMinor: 12_345, currency: 'KWD' })).toBe('12.345');
  });
});
