/**
 * The tax configuration (README, "Taxes: the choice an operator makes"): who sells the session (`TAX_MODEL`), the
 * operator's identity printed on invoices (`OPERATOR_*`, `INVOICE_PREFIX`), whether prices include VAT
 * (`PRICES_INCLUDE_TAX`), Stripe Tax (`STRIPE_TAX`), the countries beyond its own where the operator charges VAT
 * (`TAX_REGISTRATIONS`) and how VAT numbers are verified (`VAT_NUMBER_CHECK`, `VIES_URL`).
 *
 * Outside production, and in production without real payments, a demo operator stands in for an unset identity so
 * that `npm start` issues invoices at once. A production server taking real payments (Stripe keys set) refuses to
 * start without its identity, naming each missing variable: its invoices would be void.
 */
import { checkVAT, countries } from 'jsvat-next';
import { z } from 'zod';

export interface TaxConfig {
  /** `platform`: the platform sells the session in its own name; `agent`: it invoices on the expert's behalf. */
  model: 'platform' | 'agent';
  operator: {
    legalName: string;
    /** Lines separated by newlines (`\n` in the variable). */
    address: string;
    country: string;
    vatNumber: string | null;
    invoicePrefix: string;
    /** Countries beyond the operator's own where it charges VAT ("EU" for every EU country). */
    registrations: string[];
  };
  /** True when the operator's identity is the demo stand-in (nothing was configured). */
  demoOperator: boolean;
  pricesIncludeTax: boolean;
  /** Stripe Tax computes the platform's VAT (needs the Stripe keys). */
  stripeTax: boolean;
  /**
   * `vies` asks the EU VIES service (`VIES_URL`); `checksum` (the default outside production: VIES is not reachable
   * from a demo or a test machine) takes a number whose checksum holds as valid, as the offline payment provider stands in
   * for Stripe.
   */
  vatNumberCheck: { mode: 'vies' | 'checksum'; viesUrl: string; timeoutMs: number };
}

/** The operator a demo shows on its invoices (a checksum-valid, unassigned French VAT number). */
export const demoOperator = {
  legalName: 'Skillcall Demo SAS',
  address: '1 rue de la Démonstration\n75001 Paris',
  country: 'FR',
  vatNumber: 'FR12000000000',
} as const;

const onOff = z.enum(['on', 'off']).transform((value) => value === 'on');
const country = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'must be a two-letter ISO country code such as FR or GB');

const schema = z.object({
  TAX_MODEL: z.enum(['platform', 'agent']).default('platform'),
  OPERATOR_LEGAL_NAME: z.string().trim().min(1).max(200).optional(),
  OPERATOR_ADDRESS: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .transform((text) => text.replace(/\\n/g, '\n'))
    .optional(),
  OPERATOR_COUNTRY: country.optional(),
  OPERATOR_VAT_NUMBER: z
    .string()
    .transform((text) => text.toUpperCase().replace(/[\s.\-/]/g, ''))
    .refine(
      (text) => checkVAT(text, countries).isValid,
      'must be a VAT number with its country prefix whose checksum holds, e.g. FR40303265045',
    )
    .optional(),
  INVOICE_PREFIX: z
    .string()
    .regex(/^[A-Z0-9][A-Z0-9-]{0,11}$/, 'must be 1 to 12 capital letters, digits or dashes, e.g. SC or INV-2026')
    .default('SC'),
  PRICES_INCLUDE_TAX: onOff.default(true),
  STRIPE_TAX: onOff.default(false),
  TAX_REGISTRATIONS: z
    .string()
    .transform((text) =>
      text
        .split(',')
        .map((code) => code.trim().toUpperCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^[A-Z]{2}$/, 'must list two-letter country codes (or EU), e.g. GB,CH,NO')))
    .default([]),
  VAT_NUMBER_CHECK: z.enum(['vies', 'checksum']).optional(),
  VIES_URL: z.url().default('https://ec.europa.eu/taxation_customs/vies/rest-api'),
  VIES_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
});

/** Reads the tax variables; every problem names its variable. */
export function readTaxConfig(
  env: NodeJS.ProcessEnv,
  context: { production: boolean; stripe: boolean },
): { tax: TaxConfig | null; problems: string[] } {
  const parsed = schema.safeParse(env);
  if (!parsed.success)
    return {
      tax: null,
      problems: parsed.error.issues.map(
        (issue) => `${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(env[String(issue.path[0])])})`,
      ),
    };
  const e = parsed.data;
  const problems: string[] = [];
  const identity = [e.OPERATOR_LEGAL_NAME, e.OPERATOR_ADDRESS, e.OPERATOR_COUNTRY];
  const unset = identity.every((value) => value === undefined) && !e.OPERATOR_VAT_NUMBER;
  const realPayments = context.production && context.stripe;
  if (!unset || realPayments) {
    for (const [name, value] of [
      ['OPERATOR_LEGAL_NAME', e.OPERATOR_LEGAL_NAME],
      ['OPERATOR_ADDRESS', e.OPERATOR_ADDRESS],
      ['OPERATOR_COUNTRY', e.OPERATOR_COUNTRY],
    ] as const)
      if (!value)
        problems.push(
          realPayments
            ? `${name}: is required in production with paid sessions (Stripe keys are set): every invoice names the operator (legal name, address, country)`
            : `${name}: is required once any OPERATOR_* variable is set: every invoice names the operator (legal name, address, country)`,
        );
  }
  if (e.STRIPE_TAX && !context.stripe)
    problems.push('STRIPE_TAX: is on, but STRIPE_SECRET_KEY is not set: Stripe Tax needs the Stripe keys');
  if (problems.length > 0) return { tax: null, problems };
  return {
    tax: {
      model: e.TAX_MODEL,
      operator: {
        ...(unset
          ? demoOperator
          : {
              legalName: e.OPERATOR_LEGAL_NAME!,
              address: e.OPERATOR_ADDRESS!,
              country: e.OPERATOR_COUNTRY!,
              vatNumber: e.OPERATOR_VAT_NUMBER ?? null,
            }),
        invoicePrefix: e.INVOICE_PREFIX,
        registrations: e.TAX_REGISTRATIONS,
      },
      demoOperator: unset,
      pricesIncludeTax: e.PRICES_INCLUDE_TAX,
      stripeTax: e.STRIPE_TAX,
      vatNumberCheck: {
        mode: e.VAT_NUMBER_CHECK ?? (context.production ? 'vies' : 'checksum'),
        viesUrl: e.VIES_URL.replace(/\/$/, ''),
        timeoutMs: e.VIES_TIMEOUT_MS,
      },
    },
    problems,
  };
}
