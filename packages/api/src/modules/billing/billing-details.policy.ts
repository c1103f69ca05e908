/** What a customer may give at checkout: nothing (a consumer), or name, address, country; a business adds its name and VAT number. */
import { z } from 'zod';
import { countryCodeSchema } from '../../platform/country';

const optionalText = (max: number) => z.string().trim().max(max, `Keep it to ${max} characters.`).optional();

export const billingDetailsSchema = z
  .object({
    kind: z.enum(['CONSUMER', 'BUSINESS']),
    name: optionalText(200),
    address: optionalText(500),
    country: countryCodeSchema.optional(),
    businessName: optionalText(200),
    vatNumber: z.string().trim().max(30, 'Keep it to 30 characters.').optional(),
  })
  .superRefine((details, ctx) => {
    if (details.kind !== 'BUSINESS') return;
    if (!details.businessName)
      ctx.addIssue({
        code: 'custom',
        path: ['businessName'],
        message: 'Enter the business’s name.',
        params: { fieldErrorCode: 'REQUIRED' },
      });
    if (!details.country)
      ctx.addIssue({
        code: 'custom',
        path: ['country'],
        message: 'Choose the business’s country.',
        params: { fieldErrorCode: 'REQUIRED' },
      });
    if (!details.address)
      ctx.addIssue({ code: 'custom', path: ['address'], message: 'Enter the business’s address.', params: { fieldErrorCode: 'REQUIRED' } });
  });

export type BillingDetailsInputData = z.output<typeof billingDetailsSchema>;
