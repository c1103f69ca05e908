/**
 * What an expert application carries, and the rules it must follow. One definition serves both the draft
 * (every field optional, but what is there must be valid) and the submission (everything required).
 */
import { z } from 'zod';
import { FieldErrorCode, fieldCode } from '../../platform/graphql/domain-error';
import { timeZoneSchema } from '../identity/identity.policy';
import { formatMinor, maxChargeMinor, minorUnitStep, parseMoney } from '../billing/money';
import { publicText as withoutContactDetails } from '../../platform/text/public-text';
import { countryCodeSchema } from '../../platform/country';

export const priceModels = ['FREE', 'PER_MINUTE', 'PER_SESSION'] as const;
export const cancellationPolicies = ['FLEXIBLE', 'MODERATE', 'STRICT'] as const;
export type PriceModel = (typeof priceModels)[number];
export type CancellationPolicy = (typeof cancellationPolicies)[number];

/** Text users read: refused when it carries a way to reach the expert outside Skillcall. */
const publicText = (min: number, max: number, what: string) =>
  withoutContactDetails(
    z
      .string()
      .trim()
      .min(min, min <= 1 ? `Enter ${what}.` : `Write at least ${min} characters.`)
      .max(max, `Keep it to ${max} characters.`),
  );

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

export const languageCodeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .refine((code) => /^[a-z]{2,3}$/.test(code) && languageNames.of(code) !== code, {
    message: 'Use an ISO 639 language code such as en or fr.',
    ...fieldCode(FieldErrorCode.UNSUPPORTED),
  });

const minutes = (min: number, max: number) =>
  z.number().int('Use whole minutes.').min(min, `At least ${min} minutes.`).max(max, `At most ${max} minutes.`);

/** The largest price allowed, in words: what Stripe charges at once, spread over `chargedMinutes` for a price per minute. */
function largestPrice(currency: string, chargedMinutes: number): string {
  const step = minorUnitStep(currency);
  const highest = formatMinor({ amountMinor: Math.floor(maxChargeMinor / chargedMinutes / step) * step, currency });
  return chargedMinutes > 1
    ? `Stripe charges at most ${formatMinor({ amountMinor: maxChargeMinor, currency })} ${currency} at once: over ${chargedMinutes} minutes, that is ${highest} a minute.`
    : `Stripe charges at most ${highest} ${currency} at once.`;
}

const priceSchema = z
  .object({
    model: z.enum(priceModels),
    amount: z.string().optional(),
    currency: z.string().optional(),
    minMinutes: minutes(1, 240).optional(),
    maxMinutes: minutes(1, 480).optional(),
    durationMinutes: minutes(5, 480).optional(),
  })
  .transform((price, ctx) => {
    const missing = (path: string, message: string) => {
      ctx.addIssue({ code: 'custom', path: [path], message, ...fieldCode(FieldErrorCode.REQUIRED) });
      return z.NEVER;
    };
    if (price.model === 'FREE') {
      if (price.durationMinutes === undefined) return missing('durationMinutes', 'Say how long a free session lasts.');
      return { model: price.model, durationMinutes: price.durationMinutes };
    }
    if (!price.amount) return missing('amount', 'Enter a price.');
    if (!price.currency) return missing('currency', 'Choose a currency.');
    const money = parseMoney(price.amount, price.currency);
    if (!money.ok) {
      const [path, message, code] =
        money.reason === 'UNSUPPORTED_CURRENCY'
          ? ['currency', 'Stripe cannot charge in this currency.', FieldErrorCode.UNSUPPORTED]
          : money.reason === 'TOO_PRECISE'
            ? ['amount', `${price.currency.toUpperCase()} cannot express this amount; round it.`, FieldErrorCode.TOO_PRECISE]
            : ['amount', 'Enter a positive amount such as 12.50.', FieldErrorCode.INVALID_FORMAT];
      ctx.addIssue({ code: 'custom', path: [path], message, ...fieldCode(code) });
      return z.NEVER;
    }
    if (money.money.amountMinor <= 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        message: 'A paid offering needs a price above zero; choose Free otherwise.',
        ...fieldCode(FieldErrorCode.TOO_SHORT),
      });
      return z.NEVER;
    }
    // The most one booking is charged: the price, or the price per minute for the longest session.
    const chargedMinutes = price.model === 'PER_MINUTE' ? (price.maxMinutes ?? 1) : 1;
    if (money.money.amountMinor * chargedMinutes > maxChargeMinor) {
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        message: largestPrice(money.money.currency, chargedMinutes),
        ...fieldCode(FieldErrorCode.TOO_LARGE),
      });
      return z.NEVER;
    }
    if (price.model === 'PER_SESSION') {
      if (price.durationMinutes === undefined) return missing('durationMinutes', 'Say how long a session lasts.');
      return { model: price.model, ...money.money, durationMinutes: price.durationMinutes };
    }
    if (price.minMinutes === undefined) return missing('minMinutes', 'Enter the minimum number of minutes.');
    if (price.maxMinutes === undefined) return missing('maxMinutes', 'Enter the maximum number of minutes.');
    if (price.maxMinutes < price.minMinutes) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxMinutes'],
        message: 'The maximum must be at least the minimum.',
        ...fieldCode(FieldErrorCode.TOO_SHORT),
      });
      return z.NEVER;
    }
    return { model: price.model, ...money.money, minMinutes: price.minMinutes, maxMinutes: price.maxMinutes };
  });

export type StoredPrice =
  | { model: 'FREE'; durationMinutes: number }
  | { model: 'PER_SESSION'; amountMinor: number; currency: string; durationMinutes: number }
  | { model: 'PER_MINUTE'; amountMinor: number; currency: string; minMinutes: number; maxMinutes: number };

export const offeringContentSchema = z.object({
  id: z.uuid().optional(),
  title: publicText(5, 120, 'a title'),
  description: publicText(20, 4000, 'a description'),
  categoryId: z.uuid('Choose a category.'),
  languages: z.array(languageCodeSchema).min(1, 'Choose at least one language.').max(10),
  price: priceSchema,
  cancellationPolicy: z.enum(cancellationPolicies, { message: 'Choose a cancellation policy.' }),
});

const applicationFields = {
  displayName: publicText(2, 80, 'your name'),
  headline: publicText(10, 120, 'a headline'),
  bio: publicText(50, 4000, 'a bio'),
  skills: z
    .array(publicText(1, 40, 'a skill'))
    .min(1, 'Add at least one skill.')
    .max(20, 'Keep to 20 skills.'),
  categoryIds: z.array(z.uuid()).min(1, 'Choose at least one category.').max(5, 'Choose at most 5 categories.'),
  languages: z.array(languageCodeSchema).min(1, 'Choose at least one language.').max(10),
  country: countryCodeSchema,
  timeZone: timeZoneSchema,
  adultConfirmed: z.boolean(),
  offerings: z.array(offeringContentSchema).min(1, 'Add at least one offering.').max(10, 'Keep to 10 offerings.'),
};

export const applicationDraftSchema = z.object(applicationFields).partial();

export const applicationSubmissionSchema = z.object({
  ...applicationFields,
  adultConfirmed: z
    .boolean()
    .refine((confirmed) => confirmed, { message: 'Experts must be 18 or older.', ...fieldCode(FieldErrorCode.REQUIRED) }),
});

export type OfferingContent = Omit<z.output<typeof offeringContentSchema>, 'price'> & { price: StoredPrice };
export type ApplicationContent = Omit<z.output<typeof applicationSubmissionSchema>, 'offerings' | 'adultConfirmed'> & {
  adultConfirmed: boolean;
  offerings: OfferingContent[];
};

/** A stored price back in the input's form, so stored content can be validated again on submission. */
export function toPriceInput(price: StoredPrice) {
  if (price.model === 'FREE') return { model: price.model, durationMinutes: price.durationMinutes };
  const amount = formatMinor(price);
  return price.model === 'PER_SESSION'
    ? { model: price.model, amount, currency: price.currency, durationMinutes: price.durationMinutes }
    : { model: price.model, amount, currency: price.currency, minMinutes: price.minMinutes, maxMinutes: price.maxMinutes };
}

/** Stored application content in the input's form. */
export function contentAsInput(content: Partial<ApplicationContent>) {
  return { ...content, offerings: content.offerings?.map((o) => ({ ...o, price: toPriceInput(o.price) })) };
}
