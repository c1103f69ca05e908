/**
 * What the tax module keeps about a person: an expert's tax profile. Exported as it is; erased when the account is
 * deleted (an issued invoice holds its own copy of the parties' details, kept for the legal retention period).
 */
import type { Context } from '../../platform/context';
import { deleteTaxProfile, findTaxProfile } from './tax-profile.queries';

export async function taxProfileDataOf(ctx: Context, userId: string) {
  const row = await findTaxProfile(ctx.db, userId);
  if (!row) return null;
  return {
    legalName: row.legalName,
    address: row.address,
    country: row.country,
    status: row.status,
    vatNumber: row.vatNumber,
    exemptionText: row.exemptionText,
    invoicingConsentAt: row.invoicingConsentAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export async function forgetTaxProfile(ctx: Context, userId: string): Promise<void> {
  await deleteTaxProfile(ctx.db, userId);
}
