/**
 * Standard VAT rates of the EU-27, the United Kingdom, Switzerland and Norway, each with the day it applies from
 * (the offline tax adapter's table; Stripe Tax keeps its own). Rates are in basis points (2000 = 20 %). A new rate is a
 * new row with its start date, never an edit: invoices of earlier days keep the rate in force on their day.
 *
 * Hand-written: no maintained npm package carries dated rates for these countries (the ones that exist hold today's
 * rates only, or fetch them at run time); the table is small and each row is checked against the European
 * Commission's "VAT rates applied in the Member States" and the national tax authorities.
 */
import type { CountryCode } from './tax.types';

export interface StandardRate {
  country: CountryCode;
  /** ISO date (UTC) from which the rate applies. */
  from: string;
  rateBasisPoints: number;
}

/** The EU's 27 member states (ISO codes: "GR" for Greece, whose VAT numbers start "EL"). */
export const euCountries: ReadonlySet<CountryCode> = new Set(
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' '),
);

export const isEuCountry = (country: CountryCode | null): boolean => country !== null && euCountries.has(country);

export const standardRates: readonly StandardRate[] = [
  { country: 'AT', from: '1984-01-01', rateBasisPoints: 2000 },
  { country: 'BE', from: '1996-01-01', rateBasisPoints: 2100 },
  { country: 'BG', from: '1999-01-01', rateBasisPoints: 2000 },
  { country: 'CY', from: '2014-01-13', rateBasisPoints: 1900 },
  { country: 'CZ', from: '2013-01-01', rateBasisPoints: 2100 },
  { country: 'DE', from: '2007-01-01', rateBasisPoints: 1900 },
  { country: 'DE', from: '2020-07-01', rateBasisPoints: 1600 },
  { country: 'DE', from: '2021-01-01', rateBasisPoints: 1900 },
  { country: 'DK', from: '1992-01-01', rateBasisPoints: 2500 },
  { country: 'EE', from: '2024-01-01', rateBasisPoints: 2200 },
  { country: 'EE', from: '2025-07-01', rateBasisPoints: 2400 },
  { country: 'ES', from: '2012-09-01', rateBasisPoints: 2100 },
  { country: 'FI', from: '2013-01-01', rateBasisPoints: 2400 },
  { country: 'FI', from: '2024-09-01', rateBasisPoints: 2550 },
  { country: 'FR', from: '2014-01-01', rateBasisPoints: 2000 },
  { country: 'GR', from: '2016-06-01', rateBasisPoints: 2400 },
  { country: 'HR', from: '2013-01-01', rateBasisPoints: 2500 },
  { country: 'HU', from: '2012-01-01', rateBasisPoints: 2700 },
  { country: 'IE', from: '2020-09-01', rateBasisPoints: 2100 },
  { country: 'IE', from: '2021-03-01', rateBasisPoints: 2300 },
  { country: 'IT', from: '2013-10-01', rateBasisPoints: 2200 },
  { country: 'LT', from: '2009-09-01', rateBasisPoints: 2100 },
  { country: 'LU', from: '2015-01-01', rateBasisPoints: 1700 },
  { country: 'LU', from: '2023-01-01', rateBasisPoints: 1600 },
  { country: 'LU', from: '2024-01-01', rateBasisPoints: 1700 },
  { country: 'LV', from: '2011-07-01', rateBasisPoints: 2100 },
  { country: 'MT', from: '2004-01-01', rateBasisPoints: 1800 },
  { country: 'NL', from: '2012-10-01', rateBasisPoints: 2100 },
  { country: 'PL', from: '2011-01-01', rateBasisPoints: 2300 },
  { country: 'PT', from: '2011-01-01', rateBasisPoints: 2300 },
  { country: 'RO', from: '2017-01-01', rateBasisPoints: 1900 },
  { country: 'RO', from: '2025-08-01', rateBasisPoints: 2100 },
  { country: 'SE', from: '1990-07-01', rateBasisPoints: 2500 },
  { country: 'SI', from: '2013-07-01', rateBasisPoints: 2200 },
  { country: 'SK', from: '2011-01-01', rateBasisPoints: 2000 },
  { country: 'SK', from: '2025-01-01', rateBasisPoints: 2300 },
  { country: 'GB', from: '2011-01-04', rateBasisPoints: 2000 },
  { country: 'CH', from: '2018-01-01', rateBasisPoints: 770 },
  { country: 'CH', from: '2024-01-01', rateBasisPoints: 810 },
  { country: 'NO', from: '2005-01-01', rateBasisPoints: 2500 },
];

/** Whether the table knows the country's VAT (EU-27, GB, CH, NO). */
export const hasVat = (country: CountryCode | null): boolean => country !== null && standardRates.some((rate) => rate.country === country);

/** The standard rate in force in `country` on the day of `at` (UTC), or null if the table has none for that day. */
export function standardRateAt(country: CountryCode, at: Date): number | null {
  const day = at.toISOString().slice(0, 10);
  let found: StandardRate | null = null;
  for (const rate of standardRates) if (rate.country === country && rate.from <= day && (!found || rate.from > found.from)) found = rate;
  return found?.rateBasisPoints ?? null;
}
