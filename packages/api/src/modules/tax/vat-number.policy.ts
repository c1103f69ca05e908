/**
 * A VAT number's form: normalised (upper case, no spaces, dots or dashes, with its country prefix) and checked for
 * syntax and checksum by `jsvat-next` (every EU country, plus GB, CH and NO), before any VIES call.
 */
import { checkVAT, countries } from 'jsvat-next';
import type { CountryCode } from './tax.types';

/** VAT prefixes that differ from the ISO country code. */
const isoOfPrefix: Record<string, CountryCode> = { EL: 'GR', XI: 'GB' };

export function normalizeVatNumber(text: string): string {
  return text.toUpperCase().replace(/[\s.\-/]/g, '');
}

export type VatSyntax =
  | { ok: true; number: string; country: CountryCode; prefix: string }
  | { ok: false; number: string; reason: 'UNSUPPORTED_COUNTRY' | 'INVALID_FORMAT' | 'INVALID_CHECKSUM' };

/** Whether `text` is a well-formed VAT number whose checksum holds; the number comes back normalised. */
export function checkVatSyntax(text: string): VatSyntax {
  const number = normalizeVatNumber(text);
  const result = checkVAT(number, countries);
  if (!result.isSupportedCountry || !result.country) return { ok: false, number, reason: 'UNSUPPORTED_COUNTRY' };
  if (!result.isValidFormat) return { ok: false, number, reason: 'INVALID_FORMAT' };
  if (!result.isValid) return { ok: false, number, reason: 'INVALID_CHECKSUM' };
  const prefix = number.slice(0, 2);
  return { ok: true, number, country: isoOfPrefix[prefix] ?? result.country.isoCode.short, prefix };
}
