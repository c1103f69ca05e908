/**
 * The one test of an IANA time zone name. Through Luxon's zone cache: `IANAZone.isValidZone` (like a bare
 * `new Intl.DateTimeFormat`) builds a formatter on every call, which the profile of `pnpm bench booking` showed
 * among the hottest functions.
 */
import { IANAZone } from 'luxon';

export function isValidTimeZone(zone: string): boolean {
  return zone.length > 0 && IANAZone.create(zone).isValid;
}
