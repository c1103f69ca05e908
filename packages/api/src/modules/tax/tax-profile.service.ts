/** An expert's tax profile: reading and saving it, and the rule that paid offerings wait for it. */
import { inTransaction, type Context, type SignedInContext } from '../../platform/context';
import { FieldErrorCode, InvalidInputError, validateInput, type FieldError } from '../../platform/graphql/domain-error';
import { exemptionMentionOf, exemptionMentions } from './exemption-mentions';
import { taxConfigOf } from './tax-config';
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

const taxModel = (ctx: Context) => taxConfigOf(ctx.config).model;

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
    pricesIncludeTax: taxConfigOf(ctx.config).pricesIncludeTax,
    exemptionMentions: exemptionMentions.map((m) => Object.assign(new ExemptionMention(), m)),
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
        problems.push({
          field: 'vatNumber',
          code: FieldErrorCode.INCORRECT,
          message: 'The EU VIES service says this VAT number is not valid.',
        });
      else vatNumber = checked.number;
    }
  } else {
    exemptionText = profile.exemptionText || exemptionMentionOf(profile.country) || null;
    if (!exemptionText)
      problems.push({
        field: 'exemptionText',
        code: FieldErrorCode.REQUIRED,
        message: 'Enter the exemption mention your invoices must carry.',
      });
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

/** The profile as an invoice names the expert (null when there is none). */
export async function expertTaxProfileOf(ctx: Context, userId: string): Promise<ExpertTaxProfileRow | null> {
  return (await findTaxProfile(ctx.db, userId)) ?? null;
}

/** The rate a private person in `country` pays today (percent), for the note beside prices; null when none applies. */
export function consumerVatPercent(ctx: Context, country: string | null | undefined): number | null {
  if (!country) return null;
  return null; // PROVISIONAL until tax-rules' rates land.
}
