/**
 * How a charge divides between the platform's commission and the expert, in integer minor units.
 *
 * Rounding rule: the fee is the exact share (amount × basis points ÷ 10,000) rounded half up to the currency's
 * smallest chargeable step (1 minor unit; 10 for three-decimal currencies; 100 for HUF, ISK and TWD, which pay out
 * whole units only); the expert receives the rest, so fee + expert share = amount, always. BigInt arithmetic: no
 * floating point, no overflow for any amount Stripe accepts.
 *
 * Refunds reverse the same split cumulatively: after refunds totalling R, the fee given back is the fee of R
 * (same rule), so any sequence of partial refunds that adds up to the whole charge gives back exactly the original
 * fee and the original expert share.
 */
import { minorUnitStep } from './money';

export interface Split {
  feeMinor: number;
  expertMinor: number;
}

function assertWhole(value: number, name: string, max = Number.MAX_SAFE_INTEGER): void {
  if (!Number.isSafeInteger(value) || value < 0 || value > max)
    throw new RangeError(`${name} must be a whole number from 0 to ${max}, got ${value}.`);
}

/** The commission on `amountMinor` and what is left for the expert. */
export function splitCharge(amountMinor: number, currency: string, feeBasisPoints: number): Split {
  assertWhole(amountMinor, 'amountMinor');
  assertWhole(feeBasisPoints, 'feeBasisPoints', 10_000);
  const step = BigInt(minorUnitStep(currency));
  const exactTimes10k = BigInt(amountMinor) * BigInt(feeBasisPoints); // fee × 10,000, in minor units
  const unit = step * 10_000n;
  const feeSteps = (exactTimes10k * 2n + unit) / (unit * 2n); // round half up, in steps
  const feeMinor = Number(feeSteps * step);
  return { feeMinor, expertMinor: amountMinor - feeMinor };
}

/**
 * What a refund of `refundMinor` takes back from the platform's fee and from the expert, given what earlier refunds
 * of the same charge (`alreadyRefundedMinor`) took back.
 */
export function splitRefund(
  charge: { amountMinor: number; currency: string; feeBasisPoints: number },
  alreadyRefundedMinor: number,
  refundMinor: number,
): Split {
  assertWhole(alreadyRefundedMinor, 'alreadyRefundedMinor', charge.amountMinor);
  assertWhole(refundMinor, 'refundMinor', charge.amountMinor - alreadyRefundedMinor);
  const before = splitCharge(alreadyRefundedMinor, charge.currency, charge.feeBasisPoints);
  const after = splitCharge(alreadyRefundedMinor + refundMinor, charge.currency, charge.feeBasisPoints);
  return { feeMinor: after.feeMinor - before.feeMinor, expertMinor: after.expertMinor - before.expertMinor };
}
