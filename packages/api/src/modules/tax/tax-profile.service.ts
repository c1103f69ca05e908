/** An expert's tax profile: reading and saving it, and the rule that paid offerings wait for it. */
import { inTransaction, type Context, type SignedInContext } from '../../platform/context';
import { FieldErrorCode, InvalidInputError, validateInput, type FieldError } from '../../platform/graphql/domain-error';
import { exemptionMention } from './tax.mentions';
import { isEuCountry, standardRateAt, standardRates } from './tax.rates';
import type { ExpertTaxProfile as RulesExpertProfile, VatNumberState } from './tax.types';
import { taxProfileComplete, taxProfileSchema } from './tax-profile.policy';
import { findTaxProfile, upsertTaxProfile } from './tax-profile.queries';
import type { ExpertTaxProfileRow } from './tax-profile.table';
import {
  ExemptionMention,
  ExpertTaxProfile,
  ExpertTaxStatus,
  SaveTaxProfileSuccess,
  TaxProfileRequiredError,
  TaxSettings,
  type SaveTaxProfileInput,
} from './tax-profile.types';
import { checkVatNumber } from './vat-number.check';
import { vatNumberStatus } from './vat-number.service';

const taxModel = (ctx: Context) => ctx.config.tax.model;

function toProfile(ctx: Context, row: ExpertTaxProfileRow): ExpertTaxProfile {
  return Object.assign(new ExpertTaxProfile(), {
    legalName: row.legalName,
    address: row.address,
    country: row.country,
    status: ExpertTaxStatus[row.status],
    vatNumber: row.vatNumber,
    exemptionText: row.exemptionText,
    invoicingConsentAt: row.invoicingConsentAt,
    complete: taxProfileComplete(row, taxModel(ctx)),
    updatedAt: row.updatedAt,
  });
}

export async function myTaxProfile(ctx: SignedInContext): Promise<ExpertTaxProfile | null> {
  const row = await findTaxProfile(ctx.db, ctx.viewer.userId);
  return row ? toProfile(ctx, row) : null;
}

export function taxSettings(ctx: Context): TaxSettings {
  return Object.assign(new TaxSettings(), {
    invoicingConsentRequired: taxModel(ctx) === 'agent',
    pricesIncludeTax: ctx.config.tax.pricesIncludeTax,
    exemptionMentions: [...new Set(standardRates.map((rate) => rate.country))].map((country) =>
      Object.assign(new ExemptionMention(), { country, text: exemptionMention(country) }),
    ),
  });
}

export async function saveTaxProfile(ctx: SignedInContext, input: SaveTaxProfileInput) {
  const valid = validateInput(taxProfileSchema, input);
  if (!valid.ok) return valid.error;
  const profile = valid.data;
  const problems: FieldError[] = [];
  let vatNumber: string | null = null;
  let exemptionText: string | null = null;
  if (profile.status === 'VAT_REGISTERED') {
    if (!profile.vatNumber) problems.push({ field: 'vatNumber', code: FieldErrorCode.REQUIRED, message: 'Enter your VAT number.' });
    else {
      const checked = await checkVatNumber(ctx, profile.vatNumber, profile.country);
      if ('refusal' in checked) problems.push({ field: 'vatNumber', ...checked.refusal });
      else if (checked.state === 'INVALID')
        problems.push(
          checked.invalidReason === 'VIES'
            ? { field: 'vatNumber', code: FieldErrorCode.INCORRECT, message: 'The EU VIES service says this VAT number is not valid.' }
            : {
                field: 'vatNumber',
                code: FieldErrorCode.INVALID_FORMAT,
                message: 'This is not a valid VAT number (check its prefix and digits).',
              },
        );
      else vatNumber = checked.number;
    }
  } else {
    // Left empty, the mention of the expert's country (tax.mentions.ts) is stored, so an invoice never lacks one.
    exemptionText = profile.exemptionText || exemptionMention(profile.country);
  }
  if (taxModel(ctx) === 'agent' && profile.invoicingConsent !== true)
    problems.push({
      field: 'invoicingConsent',
      code: FieldErrorCode.REQUIRED,
      message: 'Skillcall invoices your sessions in your name: agree to it to sell paid sessions.',
    });
  if (problems.length) return InvalidInputError.of(problems);

  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const current = await findTaxProfile(tx.db, tx.viewer.userId);
    const consentAt = profile.invoicingConsent ? (current?.invoicingConsentAt ?? now) : null;
    const row = await upsertTaxProfile(
      tx.db,
      tx.viewer.userId,
      {
        legalName: profile.legalName,
        address: profile.address,
        country: profile.country,
        status: profile.status,
        vatNumber,
        exemptionText,
        invoicingConsentAt: consentAt,
      },
      now,
    );
    return Object.assign(new SaveTaxProfileSuccess(), { profile: toProfile(tx, row) });
  });
}

/** The publish rule: paid offerings need a complete tax profile. Null when the user may publish them. */
export async function taxProfileRefusal(ctx: Context, userId: string): Promise<TaxProfileRequiredError | null> {
  const profile = await findTaxProfile(ctx.db, userId);
  if (taxProfileComplete(profile, taxModel(ctx))) return null;
  return new TaxProfileRequiredError(
    profile
      ? 'Agree to invoicing in your name in your tax profile before publishing paid offerings.'
      : 'Fill in your tax profile before publishing paid offerings.',
  );
}

/**
 * The rate a private person in `country` pays today (percent), for the note beside prices; null when none applies.
 * EU countries only: outside the EU no VAT is charged unless the operator registered there, which the invoice knows.
 */
export function consumerVatPercent(ctx: Context, country: string | null | undefined): number | null {
  if (!country || !isEuCountry(country)) return null;
  const rate = standardRateAt(country, ctx.clock.now());
  return rate === null ? null : rate / 100;
}

/** The expert's profile as the tax rules read it (null when there is none); invoices call it. */
export async function expertTaxProfileOf(ctx: Context, userId: string, expertId: string): Promise<RulesExpertProfile | null> {
  const row = await findTaxProfile(ctx.db, userId);
  if (!row) return null;
  const vatNumberState: VatNumberState | null = row.vatNumber ? (await vatNumberStatus(ctx, row.vatNumber)).state : null;
  return {
    expertId,
    legalName: row.legalName,
    address: row.address,
    country: row.country,
    status: row.status,
    vatNumber: row.vatNumber,
    vatNumberState,
    exemptionText: row.exemptionText,
    invoicingConsent: row.invoicingConsentAt !== null,
  };
}
