/**
 * Money in integer minor units of an ISO 4217 currency, as Stripe's API counts them: zero-decimal currencies
 * (JPY, KRW…) have none, three-decimal ones (KWD, BHD…) have three, every other Stripe currency has two.
 * Converting a decimal string is exact (string arithmetic, no floating point).
 */

/** Every currency Stripe can charge in. */
export const stripeCurrencies = new Set(
  (
    'USD AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BWP BYN BZD CAD CDF CHF ' +
    'CLP CNY COP CRC CVE CZK DJF DKK DOP DZD EGP ETB EUR FJD FKP GBP GEL GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS ' +
    'INR ISK JMD JOD JPY KES KGS KHR KMF KRW KWD KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MUR MVR MWK ' +
    'MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SEK SGD SHP ' +
    'SLE SOS SRD STD SZL THB TJS TND TOP TRY TTD TWD TZS UAH UGX UYU UZS VND VUV WST XAF XCD XOF XPF YER ZAR ZMW'
  ).split(' '),
);

const zeroDecimal = new Set('BIF CLP DJF GNF JPY KMF KRW MGA PYG RWF UGX VND VUV XAF XOF XPF'.split(' '));
const threeDecimal = new Set('BHD JOD KWD OMR TND'.split(' '));
/** Two-decimal in Stripe's API, but only whole units can be charged and paid out. */
const wholeUnitsOnly = new Set('HUF ISK TWD'.split(' '));

export interface Money {
  amountMinor: number;
  currency: string;
}

export function isSupportedCurrency(currency: string): boolean {
  return stripeCurrencies.has(currency);
}

export function minorUnitDigits(currency: string): number {
  return zeroDecimal.has(currency) ? 0 : threeDecimal.has(currency) ? 3 : 2;
}

/** The smallest amount step a price may use, in minor units (Stripe wants KWD amounts in multiples of 10). */
export function minorUnitStep(currency: string): number {
  if (threeDecimal.has(currency)) return 10;
  if (wholeUnitsOnly.has(currency)) return 100;
  return 1;
}

/**
 * The most one charge may be, in minor units: Stripe's API takes amounts of up to eight digits (99999999, that is
 * 999,999.99 USD or 99,999,999 JPY). Offering prices stay within it, for the longest session of a price per minute.
 */
export const maxChargeMinor = 99_999_999;

export type ParseMoneyResult =
  { ok: true; money: Money } | { ok: false; reason: 'UNSUPPORTED_CURRENCY' | 'INVALID_AMOUNT' | 'TOO_PRECISE' };

/** Reads "12.50" EUR into 1250; refuses amounts the currency cannot express ("12.345" EUR, "1500.5" JPY). */
export function parseMoney(amount: string, currency: string): ParseMoneyResult {
  const code = currency.trim().toUpperCase();
  if (!isSupportedCurrency(code)) return { ok: false, reason: 'UNSUPPORTED_CURRENCY' };
  const match = /^(\d{1,12})(?:[.,](\d+))?$/.exec(amount.trim());
  if (!match) return { ok: false, reason: 'INVALID_AMOUNT' };
  const digits = minorUnitDigits(code);
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > digits) return { ok: false, reason: 'TOO_PRECISE' };
  const amountMinor = Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(amountMinor)) return { ok: false, reason: 'INVALID_AMOUNT' };
  if (amountMinor % minorUnitStep(code) !== 0) return { ok: false, reason: 'TOO_PRECISE' };
  return { ok: true, money: { amountMinor, currency: code } };
}

/** The decimal string of an amount, with the currency's own number of digits ("12.50", "1500", "-0.05"). */
export function formatMinor(money: Money): string {
  const digits = minorUnitDigits(money.currency);
  if (digits === 0) return String(money.amountMinor);
  const sign = money.amountMinor < 0 ? '-' : '';
  const text = String(Math.abs(money.amountMinor)).padStart(digits + 1, '0');
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** An amount as the reader's language writes it, for emails: "€12.50", "12,50 €", "¥1,500". */
export function formatMoneyIn(money: Money, locale: string): string {
  const digits = minorUnitDigits(money.currency);
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return format.format(money.amountMinor / 10 ** digits);
}
