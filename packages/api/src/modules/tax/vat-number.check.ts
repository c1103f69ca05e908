/**
 * How tax profiles and billing details check a VAT number: through the tax module's VAT functions (syntax and
 * checksum, then the stored VIES state). A malformed number is a field error; the callers decide what INVALID means.
 */
import type { Context } from '../../platform/context';
import { FieldErrorCode } from '../../platform/graphql/domain-error';

export type VatCheckState = 'VALID' | 'INVALID' | 'NOT_YET_VERIFIED';
export type VatCheckOutcome = { number: string; state: VatCheckState } | { refusal: { code: FieldErrorCode; message: string } };

const euCountries = new Set('AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' '));
export const isEuCountry = (country: string) => euCountries.has(country);

// PROVISIONAL until tax-rules' seam lands: replaced by its vatNumberStatus.
export async function checkVatNumber(_ctx: Context, raw: string, country: string): Promise<VatCheckOutcome> {
  const number = raw.toUpperCase().replace(/[\s.-]/g, '');
  const prefix = country === 'GR' ? 'EL' : country;
  if (!/^[A-Z]{2}[0-9A-Z]{2,13}$/.test(number))
    return { refusal: { code: FieldErrorCode.INVALID_FORMAT, message: 'This is not a VAT number of this country.' } };
  if (!number.startsWith(prefix))
    return { refusal: { code: FieldErrorCode.INVALID_FORMAT, message: `A VAT number of this country starts with ${prefix}.` } };
  return { number, state: 'NOT_YET_VERIFIED' };
}
