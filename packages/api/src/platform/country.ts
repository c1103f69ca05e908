/** The one test of a country code (ISO 3166-1 alpha-2, and Kosovo's XK), shared by profiles, tax and billing forms. */
import { z } from 'zod';
import { FieldErrorCode, fieldCode } from './graphql/domain-error';

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

export const isCountryCode = (code: string) => /^[A-Z]{2}$/.test(code) && regionNames.of(code) !== code && code !== 'ZZ';

export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCountryCode, {
    message: 'Use an ISO 3166 country code such as FR or US.',
    ...fieldCode(FieldErrorCode.UNSUPPORTED),
  });
