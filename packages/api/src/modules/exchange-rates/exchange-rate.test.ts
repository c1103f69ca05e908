import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertMoney, parseEcbXml, parseRatesCsv, parseRatesFile, RatesFileError } from './exchange-rate.policy';

const recordedDaily = readFileSync(path.join(__dirname, 'recorded/eurofxref-daily-2022-07-08.xml'), 'utf8');

describe('reading rates files', () => {
  it("reads every currency of the ECB's daily file, with its day and exact rate", () => {
    const rates = parseEcbXml(recordedDaily);
    expect(rates).toHaveLength(31);
    expect(rates).toContainEqual({ day: '2022-07-08', currency: 'USD', perEuro: '1.0163' });
    expect(rates).toContainEqual({ day: '2022-07-08', currency: 'GBP', perEuro: '0.84585' });
    expect(rates).toContainEqual({ day: '2022-07-08', currency: 'IDR', perEuro: '15210.73' });
  });

  it('reads several days (the 90-day and historical files)', () => {
    const twoDays = recordedDaily.replace(
      "<Cube time='2022-07-08'>",
      "<Cube time='2022-07-11'><Cube currency='USD' rate='1.0098'/></Cube><Cube time='2022-07-08'>",
    );
    const usd = parseEcbXml(twoDays).filter((r) => r.currency === 'USD');
    expect(usd).toEqual([
      { day: '2022-07-11', currency: 'USD', perEuro: '1.0098' },
      { day: '2022-07-08', currency: 'USD', perEuro: '1.0163' },
    ]);
  });

  it('reads a CSV file whatever the order of its columns, and tells the two formats apart', () => {
    const csv = 'currency,date,rate\nchf,2026-11-30,0.9312\nXOF,2026-11-30,655.957\n';
    expect(parseRatesCsv(csv)).toEqual([
      { day: '2026-11-30', currency: 'CHF', perEuro: '0.9312' },
      { day: '2026-11-30', currency: 'XOF', perEuro: '655.957' },
    ]);
    expect(parseRatesFile(csv)).toEqual(parseRatesCsv(csv));
    expect(parseRatesFile(recordedDaily)).toHaveLength(31);
  });

  it('refuses a whole file naming each bad line, rather than storing part of it', () => {
    const csv = 'date,currency,rate\n2026-02-30,USD,1.1\n2026-03-01,US,1.1\n2026-03-01,JPY,-3\n2026-03-01,EUR,1\n';
    const error = (() => {
      try {
        parseRatesCsv(csv);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(RatesFileError);
    expect((error as RatesFileError).problems).toEqual([
      'line 2: "2026-02-30" is not a date (YYYY-MM-DD)',
      'line 3: "US" is not a currency code',
      'line 4: "-3" is not a positive rate with at most 8 decimals',
      'line 5: EUR is the base of every rate (one euro is one euro)',
    ]);
    expect(() => parseRatesCsv('day,code,value\n2026-03-01,USD,1.1\n')).toThrow(/date, currency and rate/);
    expect(() => parseEcbXml('<html><body>Maintenance</body></html>')).toThrow(/not an ECB reference-rate file/);
  });
});

describe('converting to the reporting currency', () => {
  it('converts through the euro to the cent, rounding half away from zero', () => {
    // 100.00 USD at 1.0163 USD per EUR = 98.3961… EUR.
    expect(convertMoney({ amountMinor: 10_000, currency: 'USD' }, '1.0163', 'EUR', '1')).toEqual({ amountMinor: 9840, currency: 'EUR' });
    // 1,000 JPY (no minor unit) to GBP: 1000 / 138.05 × 0.84585 = 6.1271… GBP.
    expect(convertMoney({ amountMinor: 1000, currency: 'JPY' }, '138.05', 'GBP', '0.84585')).toEqual({ amountMinor: 613, currency: 'GBP' });
    // 0.05 EUR at 1.5 per EUR is exactly 0.075: half rounds up, and a credit note's minus mirrors it.
    expect(convertMoney({ amountMinor: 5, currency: 'EUR' }, '1', 'XYZ', '1.5').amountMinor).toBe(8);
    expect(convertMoney({ amountMinor: -5, currency: 'EUR' }, '1', 'XYZ', '1.5').amountMinor).toBe(-8);
    // Three-decimal currencies keep their third digit: 10.00 EUR at 0.3312 KWD per EUR = 3.312 KWD.
    expect(convertMoney({ amountMinor: 1000, currency: 'EUR' }, '1', 'KWD', '0.3312')).toEqual({ amountMinor: 3312, currency: 'KWD' });
  });

  it('leaves an amount already in the reporting currency untouched', () => {
    expect(convertMoney({ amountMinor: 1234, currency: 'EUR' }, '1', 'EUR', '1')).toEqual({ amountMinor: 1234, currency: 'EUR' });
  });
});
