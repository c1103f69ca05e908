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
