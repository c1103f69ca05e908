/** Dates and times with Intl, in a given language and IANA time zone. */

function safeTimeZone(timeZone: string | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}

/** "21 November 2025" / "21 novembre 2025". */
export function formatDate(iso: string, language: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: safeTimeZone(timeZone) }).format(new Date(iso));
}

/** "21 Nov 2025, 14:05" / "21 nov. 2025, 14:05". */
export function formatDateTime(iso: string, language: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: safeTimeZone(timeZone),
  }).format(new Date(iso));
}

/** The browser's IANA time zone, e.g. Europe/Paris. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Every IANA time zone the browser knows, plus UTC and the given extra ones, sorted. */
export function timeZoneOptions(...extra: string[]): string[] {
  const zones = new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  zones.add('UTC');
  for (const zone of extra) if (zone) zones.add(zone);
  return [...zones].sort((a, b) => a.localeCompare(b));
}

/** How many decimals Intl writes for a currency in prices (JPY 0, EUR 2, KWD 3). */
export function currencyDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export interface MoneyLike {
  amountMinor: number;
  currency: string;
  /** The API's decimal string ("12.50", "1500"), when known. */
  amount?: string;
}

/**
 * The amount in major units. The API counts minor units as Stripe does, which for a few currencies differs from
 * Intl (HUF, ISK, IDR… have two decimals at Stripe, none in Intl): when the API's decimal string is known, its
 * number of decimals is the one amountMinor is counted in; otherwise Intl's.
 */
export function moneyValue(money: MoneyLike): number {
  const apiDigits = money.amount === undefined ? undefined : (money.amount.split('.')[1]?.length ?? 0);
  return money.amountMinor / 10 ** (apiDigits ?? currencyDigits(money.currency));
}

/** "€12.50" / "12,50 €", "¥1,500" / "1 500 JPY". Decimals the currency does not write are kept if not zero. */
export function formatMoney(money: MoneyLike, language: string): string {
  const value = moneyValue(money);
  const digits = currencyDigits(money.currency);
  const needed = Number.isInteger(value * 10 ** digits) ? digits : (money.amount?.split('.')[1]?.length ?? digits);
  try {
    return new Intl.NumberFormat(language, {
      style: 'currency',
      currency: money.currency,
      minimumFractionDigits: needed,
      maximumFractionDigits: needed,
    }).format(value);
  } catch {
    return `${value} ${money.currency}`;
  }
}

/** "French" / "français" for "fr"; the code itself when Intl does not know it. */
export function languageName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "France" for "FR", in the given language; the code itself when Intl does not know it. */
export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Euro" / "euro" for "EUR". */
export function currencyName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'currency' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Upper-cases the first letter, for names shown alone (options, badges): "français" → "Français". */
export function capitalize(text: string, language: string): string {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

const relativeUnits: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 days ago" / "il y a 3 jours", "in 2 hours"; "now" under a minute. */
export function formatRelative(iso: string, language: string, now: Date = new Date()): string {
  const seconds = (new Date(iso).getTime() - now.getTime()) / 1000;
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  for (const [unit, size] of relativeUnits) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
}
