/**
 * How tax profiles and billing details check a VAT number, through the tax module's `vatNumberStatus` (syntax and
 * checksum with jsvat-next, then the stored VIES state). A number of another country than the one chosen is refused
 * here; each caller decides how to refuse an INVALID one (a field error in a profile, `VatNumberInvalidError` at checkout).
 */
import type { Context } from '../../platform/context';
import { FieldErrorCode } from '../../platform/graphql/domain-error';
import { vatNumberStatus, type VatNumberStatus } from './vat-number.service';

export type VatCheckOutcome = VatNumberStatus | { refusal: { code: FieldErrorCode; message: string } };

export async function checkVatNumber(ctx: Context, raw: string, country: string): Promise<VatCheckOutcome> {
  const status = await vatNumberStatus(ctx, raw);
  if (status.country && status.country !== country)
    return { refusal: { code: FieldErrorCode.INVALID_FORMAT, message: 'This VAT number belongs to another country than the one chosen.' } };
  return status;
}
