/** The rules of an expert's tax profile: what a valid one holds, and when it is enough to publish paid offerings. */
import { z } from 'zod';
import { countryCodeSchema } from '../../platform/country';
import type { ExpertTaxProfileRow } from './tax-profile.table';

const text = (min: number, max: number, what: string) =>
  z
    .string()
    .trim()
    .min(min, min <= 1 ? `Enter ${what}.` : `Write at least ${min} characters.`)
    .max(max, `Keep it to ${max} characters.`);

export const taxProfileSchema = z.object({
  legalName: text(1, 200, 'your legal name'),
  address: text(5, 500, 'your postal address'),
  country: countryCodeSchema,
  status: z.enum(['VAT_REGISTERED', 'EXEMPT_SMALL_BUSINESS']),
  vatNumber: z.string().trim().max(30, 'Keep it to 30 characters.').optional(),
  exemptionText: z.string().trim().max(300, 'Keep it to 300 characters.').optional(),
  invoicingConsent: z.boolean().optional(),
});

export type TaxProfileInput = z.output<typeof taxProfileSchema>;

/** A paid offering may be published once the profile exists and, when the platform is only the agent, consents. */
export function taxProfileComplete(
  profile: Pick<ExpertTaxProfileRow, 'invoicingConsentAt'> | undefined,
  model: 'platform' | 'agent',
): boolean {
  return !!profile && (model === 'platform' || profile.invoicingConsentAt !== null);
}
