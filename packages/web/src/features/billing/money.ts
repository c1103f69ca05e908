import type { MoneyLike } from '../../lib/format';

/**
 * What a per-minute booking holds on the card before the session: the rate for every booked minute (the API's
 * `amountToAuthorize`), counted in the same minor units as the rate.
 */
export function amountToAuthorize(rate: MoneyLike, startsAt: string, endsAt: string): MoneyLike {
  const minutes = Math.round((new Date(endsAt).getTime() - new Date(startsAt).getTime()) / 60_000);
  const amountMinor = rate.amountMinor * minutes;
  const digits = rate.amount === undefined ? undefined : (rate.amount.split('.')[1]?.length ?? 0);
  return {
    amountMinor,
    currency: rate.currency,
    ...(digits === undefined ? {} : { amount: (amountMinor / 10 ** digits).toFixed(digits) }),
  };
}
