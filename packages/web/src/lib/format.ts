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

/**
 * The zone to show the viewer times in: their account's when signed in (they chose it in their settings),
 * otherwise the browser's. A zone this browser does not know falls back to the browser's own.
 */
export function viewerTimeZone(accountTimeZone?: string | null): string {
  return safeTimeZone(accountTimeZone ?? undefined) ?? browserTimeZone();
}

/**
 * A zone as people read it: "New York, Eastern Time", "Paris, heure d’Europe centrale"; the IANA id itself ("UTC")
 * where the browser has no name for the zone.
 */
export function timeZoneLabel(zone: string, language: string): string {
  const city = (zone.split('/').at(-1) ?? zone).replace(/_/g, ' ');
  try {
    const parts = new Intl.DateTimeFormat(language, { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(new Date());
    const name = parts.find((part) => part.type === 'timeZoneName')?.value;
    // A zone without a name of its own comes out as an offset ("GMT+00:00"): the id says more.
    return name && name !== city && !/^(GMT|UTC)([+\-−]|$)/.test(name) ? `${city}, ${name}` : zone;
  } catch {
    return zone;
  }
}

/** "14:05" / "2:05 PM". */
export function formatTime(iso: string, language: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone: safeTimeZone(timeZone) }).format(new Date(iso));
}

/** "21 Nov 2025, 14:05 – 14:20": a session, its date once. */
export function formatTimeRange(startIso: string, endIso: string, language: string, timeZone?: string): string {
  const format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: safeTimeZone(timeZone) });
  return format.formatRange(new Date(startIso), new Date(endIso));
}

/** "Friday 21 November" / "vendredi 21 novembre" for a calendar date "YYYY-MM-DD" (a day, in no time zone). */
export function formatCalendarDay(date: string, language: string, style: 'long' | 'short' = 'long'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'long' ? { weekday: 'long', day: 'numeric', month: 'long' } : { weekday: 'short', day: 'numeric', month: 'short' };
  return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/** Today's date in a time zone, "YYYY-MM-DD". */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: safeTimeZone(timeZone) })
    .formatToParts(now)
    .reduce<Record<string, string>>((found, part) => ({ ...found, [part.type]: part.value }), {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The calendar date `days` after (or before) "YYYY-MM-DD". */
export function addDays(date: string, days: number): string {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** "Monday" / "lundi" for an ISO weekday (1 = Monday … 7 = Sunday). */
export function weekdayName(weekday: number, language: string): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, weekday)));
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

/** A length of time as a clock: "02:05" under an hour, "1 h 05" from an hour (the same in English and French). */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const pad = (value: number) => String(value).padStart(2, '0');
  if (seconds < 3600) return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
  return `${Math.floor(seconds / 3600)}\u00a0h\u00a0${pad(Math.floor((seconds % 3600) / 60))}`;
}

const byteUnits = [
  ['gigabyte', 1e9],
  ['megabyte', 1e6],
  ['kilobyte', 1e3],
] as const;

/** "4.2 MB" / "4,2 Mo", "830 kB", "12 byte"… in decimal units, one decimal at most. */
export function formatBytes(bytes: number, language: string): string {
  const [unit, size] = byteUnits.find(([, unitSize]) => bytes >= unitSize) ?? ['byte', 1];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(bytes / size);
}
