import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitCharge, splitRefund } from './fee-split';
import { minorUnitStep, stripeCurrencies } from './money';

const currencies = fc.constantFrom(...stripeCurrencies);
const basisPoints = fc.integer({ min: 0, max: 10_000 });
/** A chargeable amount of the currency: a whole number of its steps, up to Stripe's largest amounts. */
const chargeIn = (currency: string) => fc.integer({ min: 0, max: 99_999_999 }).map((steps) => steps * minorUnitStep(currency));

describe('the commission split', () => {
  it('takes 20% of common prices, rounded half up to what the currency can express', () => {
    expect(splitCharge(3000, 'EUR', 2000)).toEqual({ feeMinor: 600, expertMinor: 2400 });
    expect(splitCharge(1, 'EUR', 2000)).toEqual({ feeMinor: 0, expertMinor: 1 }); // 0.2 cent rounds down
    expect(splitCharge(3, 'EUR', 2000)).toEqual({ feeMinor: 1, expertMinor: 2 }); // 0.6 cent rounds up
    expect(splitCharge(1999, 'USD', 2000)).toEqual({ feeMinor: 400, expertMinor: 1599 }); // 399.8
    expect(splitCharge(1500, 'JPY', 2000)).toEqual({ feeMinor: 300, expertMinor: 1200 });
    expect(splitCharge(1230, 'KWD', 2000)).toEqual({ feeMinor: 250, expertMinor: 980 }); // 246 fils → steps of 10
    expect(splitCharge(150_000, 'HUF', 2000)).toEqual({ feeMinor: 30_000, expertMinor: 120_000 });
    expect(splitCharge(150_000 + 100, 'HUF', 1250)).toEqual({ feeMinor: 18_800, expertMinor: 131_300 }); // 187.625 → 188 forints
  });

  it('always adds up to the charge, in whole steps of the currency, within half a step of the exact share', () => {
    fc.assert(
      fc.property(
        currencies.chain((currency) => fc.tuple(fc.constant(currency), chargeIn(currency), basisPoints)),
        ([currency, amount, bps]) => {
          const { feeMinor, expertMinor } = splitCharge(amount, currency, bps);
          const step = minorUnitStep(currency);
          expect(feeMinor + expertMinor).toBe(amount);
          expect(feeMinor).toBeGreaterThanOrEqual(0);
          expect(expertMinor).toBeGreaterThanOrEqual(0);
          expect(feeMinor % step).toBe(0);
          expect(expertMinor % step).toBe(0);
          const error = BigInt(feeMinor) * 10_000n - BigInt(amount) * BigInt(bps);
          expect(error <= BigInt(step) * 5_000n && error > -BigInt(step) * 5_000n).toBe(true);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('never gives the platform less on a larger charge', () => {
    fc.assert(
      fc.property(
        currencies.chain((c) => fc.tuple(fc.constant(c), chargeIn(c), chargeIn(c), basisPoints)),
        ([currency, a, b, bps]) => {
          const [small, large] = a <= b ? [a, b] : [b, a];
          expect(splitCharge(small, currency, bps).feeMinor).toBeLessThanOrEqual(splitCharge(large, currency, bps).feeMinor);
        },
      ),
    );
  });

  it('gives back exactly the original fee and expert share once partial refunds add up to the whole charge', () => {
    const charges = currencies.chain((currency) =>
      fc
        .tuple(
          fc.constant(currency),
          chargeIn(currency).filter((a) => a >= 2 * minorUnitStep(currency)),
          basisPoints,
        )
        .chain(([c, amount, bps]) =>
          // Cut the charge into up to 6 refunds, each a whole number of steps.
          fc
            .uniqueArray(fc.integer({ min: 1, max: amount / minorUnitStep(c) - 1 }), { maxLength: 5 })
            .map((cuts) => ({ currency: c, amount, bps, cuts: cuts.map((k) => k * minorUnitStep(c)) })),
        ),
    );
    fc.assert(
      fc.property(charges, ({ currency, amount, bps, cuts }) => {
        const points = [0, ...[...cuts].sort((x, y) => x - y), amount];
        const charge = { amountMinor: amount, currency, feeBasisPoints: bps };
        let fee = 0;
        let expert = 0;
        for (let i = 1; i < points.length; i += 1) {
          const part = splitRefund(charge, points[i - 1]!, points[i]! - points[i - 1]!);
          expect(part.feeMinor).toBeGreaterThanOrEqual(0);
          expect(part.expertMinor).toBeGreaterThanOrEqual(0);
          expect(part.feeMinor + part.expertMinor).toBe(points[i]! - points[i - 1]!);
          fee += part.feeMinor;
          expert += part.expertMinor;
        }
        expect({ feeMinor: fee, expertMinor: expert }).toEqual(splitCharge(amount, currency, bps));
      }),
      { numRuns: 1_000 },
    );
  });

  it('refuses a refund beyond what is left of the charge, or a negative or fractional amount', () => {
    const charge = { amountMinor: 3000, currency: 'EUR', feeBasisPoints: 2000 };
    expect(() => splitRefund(charge, 2000, 1001)).toThrow(RangeError);
    expect(() => splitCharge(-1, 'EUR', 2000)).toThrow(RangeError);
    expect(() => splitCharge(10.5, 'EUR', 2000)).toThrow(RangeError);
    expect(() => splitCharge(100, 'EUR', 10_001)).toThrow(RangeError);
  });
});
