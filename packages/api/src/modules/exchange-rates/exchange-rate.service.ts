/**
 * Exchange rates for reports: loaded from the ECB (the `exchange-rates:load-ecb` job) or imported from a file
 * (`pnpm import-rates <file>`), and the conversion of amounts to the operator's reporting currency
 * (`REPORTING_CURRENCY`) at the stored rate of the day.
 */
import type { Context } from '../../platform/context';
import type { Money } from '../billing/money';
import { fetchEcbRates } from './ecb.client';
import { convertMoney, parseRatesFile, type DayRate } from './exchange-rate.policy';
import { findRateOnOrBefore, upsertRates } from './exchange-rate.queries';

/** No stored rate for a currency on or before a day: import one (the message names both). */
export class MissingExchangeRateError extends Error {
  constructor(
    readonly currency: string,
    readonly day: string,
  ) {
    super(`No exchange rate for ${currency} on or before ${day}: load the ECB rates or import a rates file (pnpm import-rates <file>).`);
    this.name = 'MissingExchangeRateError';
  }
}

export interface RatesLoaded {
  count: number;
  firstDay: string;
  lastDay: string;
}

function summary(rates: DayRate[]): RatesLoaded {
  const days = rates.map((r) => r.day).sort();
  return { count: rates.length, firstDay: days[0]!, lastDay: days.at(-1)! };
}

/** Loads the ECB's reference rates from `ECB_RATES_URL`; throws `EcbUnavailableError` when unreachable. */
export async function loadEcbRates(ctx: Context): Promise<RatesLoaded | null> {
  const url = ctx.config.exchangeRates.ecbUrl;
  if (!url) return null;
  const rates = await fetchEcbRates(url);
  await upsertRates(ctx.db, rates, 'ECB', ctx.clock.now());
  const loaded = summary(rates);
  ctx.logger.info({ ...loaded, url }, 'Loaded the ECB reference rates');
  return loaded;
}

/** Imports a rates file (ECB XML or CSV `date,currency,rate`); throws `RatesFileError` listing what it refused. */
export async function importRatesFile(ctx: Context, text: string): Promise<RatesLoaded> {
  const rates = parseRatesFile(text);
  await upsertRates(ctx.db, rates, 'IMPORT', ctx.clock.now());
  return summary(rates);
}

export interface Converted {
  money: Money;
  /** The rate's own day (the latest on or before the asked day), for the report to show. */
  rateDay: string | null;
}

/**
 * Converts amounts to `target` (by default the reporting currency) at the rate of a day (`YYYY-MM-DD`), reading each
 * rate once per converter; throws `MissingExchangeRateError` when a currency has none on or before that day.
 */
export function reportingConverter(ctx: Context, target: string = ctx.config.exchangeRates.reportingCurrency) {
  const cache = new Map<string, Promise<{ day: string; perEuro: string }>>();
  const rateOf = (currency: string, day: string) => {
    if (currency === 'EUR') return Promise.resolve({ day, perEuro: '1' });
    const key = `${currency}:${day}`;
    let found = cache.get(key);
    if (!found) {
      found = findRateOnOrBefore(ctx.db, currency, day).then((rate) => {
        if (!rate) throw new MissingExchangeRateError(currency, day);
        return rate;
      });
      cache.set(key, found);
    }
    return found;
  };
  return {
    target,
    async convert(money: Money, day: string): Promise<Converted> {
      if (money.currency === target) return { money: { ...money }, rateDay: null };
      const [from, to] = await Promise.all([rateOf(money.currency, day), rateOf(target, day)]);
      const rateDay = [from.day, to.day].sort()[0]!;
      return { money: convertMoney(money, from.perEuro, target, to.perEuro), rateDay };
    },
  };
}
