/**
 * VAT numbers: where one stands (`vatNumberStatus`). The syntax and checksum are checked locally (jsvat-next); then the
 * verifier (VIES, or the checksum stand-in outside production) is asked, and VIES's answer is stored per number. A
 * number VIES could not answer for is NOT_YET_VERIFIED and asked again by the `tax:recheck-vat-numbers` job, with a
 * growing delay; an answered one is asked again after `reverifyAfterDays`.
 *
 * It may call VIES (a few seconds at most, `VIES_TIMEOUT_MS`): call it before opening a transaction.
 */
import type { Context } from '../../platform/context';
import { dueVatNumberChecks, findVatNumberCheck, saveVatNumberCheck, type VatNumberCheckRow } from './tax.queries';
import { VatNumberInvalidError, type CountryCode, type VatNumberState } from './tax.types';
import { checkVatSyntax } from './vat-number.policy';

export interface VatNumberStatus {
  /** Normalised, with its country prefix. */
  number: string;
  country: CountryCode | null;
  state: VatNumberState;
  /** Why INVALID: the form or checksum (locally), or VIES. */
  invalidReason: 'INVALID_FORMAT' | 'INVALID_CHECKSUM' | 'UNSUPPORTED_COUNTRY' | 'VIES' | null;
  /** The registered name VIES gave, if any. */
  registeredName: string | null;
  /** When VIES last answered for it; null when not asked (checksum stand-in) or not answered yet. */
  checkedAt: Date | null;
}

/** An answered number is asked again after this many days (a business may deregister). */
export const reverifyAfterDays = 30;
const day = 86_400_000;

/** Minutes until the next attempt after `attempts` failed ones: 5, 10, 20… up to 6 hours. */
export function retryDelayMinutes(attempts: number): number {
  return Math.min(5 * 2 ** Math.max(0, attempts - 1), 360);
}

const fromRow = (row: VatNumberCheckRow): VatNumberStatus => ({
  number: row.number,
  country: row.country,
  state: row.state,
  invalidReason: row.state === 'INVALID' ? 'VIES' : null,
  registeredName: row.registeredName,
  checkedAt: row.checkedAt,
});

/** Where `number` stands now: INVALID when its form or checksum fails, else what VIES said (asking it if needed). */
export async function vatNumberStatus(ctx: Context, number: string): Promise<VatNumberStatus> {
  const syntax = checkVatSyntax(number);
  if (!syntax.ok)
    return { number: syntax.number, country: null, state: 'INVALID', invalidReason: syntax.reason, registeredName: null, checkedAt: null };
  const verifier = ctx.adapters.vatNumbers;
  if (!verifier.authoritative)
    return { number: syntax.number, country: syntax.country, state: 'VALID', invalidReason: null, registeredName: null, checkedAt: null };
  const now = ctx.clock.now();
  const stored = await findVatNumberCheck(ctx.db, syntax.number);
  const fresh =
    stored &&
    (stored.state === 'NOT_YET_VERIFIED'
      ? stored.nextCheckAt !== null && stored.nextCheckAt > now
      : stored.checkedAt !== null && now.getTime() - stored.checkedAt.getTime() < reverifyAfterDays * day);
  if (stored && fresh) return fromRow(stored);
  return fromRow(await askVerifier(ctx, { number: syntax.number, country: syntax.country, prefix: syntax.prefix }, stored));
}

async function askVerifier(
  ctx: Context,
  vat: { number: string; country: CountryCode; prefix: string },
  stored: VatNumberCheckRow | undefined,
): Promise<VatNumberCheckRow> {
  const answer = await ctx.adapters.vatNumbers.verify(vat.prefix, vat.number.slice(vat.prefix.length));
  const now = ctx.clock.now();
  if (answer.kind === 'UNAVAILABLE') {
    const attempts = (stored?.attempts ?? 0) + 1;
    ctx.logger.warn({ vatNumber: vat.number, reason: answer.reason, attempts }, 'VIES could not verify a VAT number; will ask again');
    return saveVatNumberCheck(ctx.db, {
      number: vat.number,
      country: vat.country,
      // An earlier answer stays until VIES answers otherwise; only a never-answered number is NOT_YET_VERIFIED.
      state: stored && stored.state !== 'NOT_YET_VERIFIED' ? stored.state : 'NOT_YET_VERIFIED',
      lastFailure: answer.reason,
      attempts,
      nextCheckAt: new Date(now.getTime() + retryDelayMinutes(attempts) * 60_000),
      updatedAt: now,
    });
  }
  return saveVatNumberCheck(ctx.db, {
    number: vat.number,
    country: vat.country,
    state: answer.valid ? 'VALID' : 'INVALID',
    registeredName: answer.name,
    registeredAddress: answer.address,
    requestIdentifier: answer.requestIdentifier,
    checkedAt: now,
    lastFailure: null,
    attempts: 0,
    nextCheckAt: null,
    updatedAt: now,
  });
}

/**
 * For a business buyer asking for reverse charge (checkout): the number's status, or the typed error when it failed its
 * checks. NOT_YET_VERIFIED comes back as a status: the rules then charge VAT until VIES confirms the number.
 */
export async function vatNumberForReverseCharge(ctx: Context, number: string): Promise<VatNumberStatus | VatNumberInvalidError> {
  const status = await vatNumberStatus(ctx, number);
  return reverseChargeRefusal(status) ?? status;
}

/** The typed error for a number that failed its checks (INVALID), null for any other state. */
export function reverseChargeRefusal(status: VatNumberStatus): VatNumberInvalidError | null {
  if (status.state !== 'INVALID') return null;
  const why = status.invalidReason === 'VIES' ? 'the EU VIES register does not know it' : 'its format or checksum is wrong';
  return new VatNumberInvalidError(`The VAT number ${status.number} cannot be used for reverse charge: ${why}.`);
}

/** The job's work: asks VIES again for the numbers it could not answer for, whose next attempt is due. */
export async function recheckVatNumbers(ctx: Context, limit = 50): Promise<number> {
  const due = await dueVatNumberChecks(ctx.db, ctx.clock.now(), limit);
  for (const row of due) {
    const syntax = checkVatSyntax(row.number);
    if (syntax.ok) await askVerifier(ctx, { number: syntax.number, country: syntax.country, prefix: syntax.prefix }, row);
  }
  return due.length;
}
