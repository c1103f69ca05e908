/**
 * Pure rules of exchange rates: reading the ECB's reference-rate XML and an imported CSV file, and converting an
 * amount in minor units to another currency at the rates of a day.
 *
 * The conversion is hand-written on BigInt rather than with a decimal library: it is one multiplication and one
 * rounded division of integers (the rates are exact decimals with at most 8 places), so no float ever rounds an
 * amount, and the rounding rule (half away from zero, to the target currency's minor unit) is stated here, once.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { minorUnitDigits, type Money } from '../billing/money';

/** One currency's rate on one day: units of `currency` that one euro buys. */
export interface DayRate {
  day: string;
  currency: string;
  perEuro: string;
}

const rateScale = 8;
const rateText = /^\d{1,11}(?:\.\d{1,8})?$/;
const dayText = /^\d{4}-\d{2}-\d{2}$/;

export class RatesFileError extends Error {
  constructor(readonly problems: string[]) {
    super(`The rates file was refused: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? '; …' : ''}`);
    this.name = 'RatesFileError';
  }
}

function isCalendarDay(day: string): boolean {
  if (!dayText.test(day)) return false;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}

/** The problem with one rate, or null when it can be stored. */
function rateProblem(rate: DayRate, where: string): string | null {
  if (!isCalendarDay(rate.day)) return `${where}: "${rate.day}" is not a date (YYYY-MM-DD)`;
  if (!/^[A-Z]{3}$/.test(rate.currency)) return `${where}: "${rate.currency}" is not a currency code`;
  if (rate.currency === 'EUR') return `${where}: EUR is the base of every rate (one euro is one euro)`;
  if (!rateText.test(rate.perEuro) || /^0+(?:\.0+)?$/.test(rate.perEuro)) {
    return `${where}: "${rate.perEuro}" is not a positive rate with at most 8 decimals`;
  }
  return null;
}

function checked(rates: DayRate[], where: (index: number) => string): DayRate[] {
  const problems = rates.map((rate, index) => rateProblem(rate, where(index))).filter((p): p is string => p !== null);
  if (rates.length === 0) problems.push('it holds no rate');
  if (problems.length > 0) throw new RatesFileError(problems);
  return rates;
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseAttributeValue: false,
  isArray: (name) => name === 'Cube',
});

interface CubeNode {
  time?: string;
  currency?: string;
  rate?: string;
  Cube?: CubeNode[];
}

/**
 * The rates of the ECB's reference-rate files (`eurofxref-daily.xml`, `eurofxref-hist-90d.xml`,
 * `eurofxref-hist.xml`): `<Cube><Cube time="…"><Cube currency="USD" rate="1.0163"/>…`.
 */
export function parseEcbXml(text: string): DayRate[] {
  let document: { Envelope?: { Cube?: CubeNode[] } };
  try {
    document = xml.parse(text) as typeof document;
  } catch (error) {
    throw new RatesFileError([`not XML: ${error instanceof Error ? error.message : String(error)}`]);
  }
  const days = document.Envelope?.Cube?.[0]?.Cube;
  if (!days) throw new RatesFileError(['not an ECB reference-rate file (no gesmes:Envelope/Cube/Cube)']);
  const rates = days.flatMap((dayCube) =>
    (dayCube.Cube ?? []).map((cube) => ({ day: dayCube.time ?? '', currency: cube.currency ?? '', perEuro: cube.rate ?? '' })),
  );
  return checked(rates, (index) => `rate ${index + 1}`);
}

/** An imported CSV file: a header `date,currency,rate` (any order), then one line per currency and day. */
export function parseRatesCsv(text: string): DayRate[] {
  let records: Record<string, string>[];
  try {
    records = parseCsv(text, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      bom: true,
    });
  } catch (error) {
    throw new RatesFileError([`not CSV: ${error instanceof Error ? error.message : String(error)}`]);
  }
  const first = records[0];
  if (first && !['date', 'currency', 'rate'].every((column) => column in first)) {
    throw new RatesFileError(['the first line must name the columns date, currency and rate (units of the currency per euro)']);
  }
  const rates = records.map((r) => ({ day: r.date ?? '', currency: (r.currency ?? '').toUpperCase(), perEuro: r.rate ?? '' }));
  return checked(rates, (index) => `line ${index + 2}`);
}

/** A file to import, ECB XML or CSV, told apart by its first character. */
export function parseRatesFile(text: string): DayRate[] {
  return text.trimStart().startsWith('<') ? parseEcbXml(text) : parseRatesCsv(text);
}

function scaled(rate: string): bigint {
  const [whole, fraction = ''] = rate.split('.');
  return BigInt(whole!) * 10n ** BigInt(rateScale) + BigInt(fraction.padEnd(rateScale, '0').slice(0, rateScale) || '0');
}

/** `numerator / denominator`, rounded half away from zero. */
function roundedDivision(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (2n * n + d) / (2n * d);
  return negative ? -quotient : quotient;
}

/**
 * `money` in `target`, given each currency's rate per euro that day (`'1'` for EUR), to the target's minor unit,
 * rounded half away from zero (a negative amount, a credit note, converts to the exact opposite of its positive).
 */
export function convertMoney(money: Money, fromPerEuro: string, target: string, toPerEuro: string): Money {
  if (money.currency === target) return { ...money };
  const numerator = BigInt(money.amountMinor) * scaled(toPerEuro) * 10n ** BigInt(minorUnitDigits(target));
  const denominator = scaled(fromPerEuro) * 10n ** BigInt(minorUnitDigits(money.currency));
  return { amountMinor: Number(roundedDivision(numerator, denominator)), currency: target };
}
