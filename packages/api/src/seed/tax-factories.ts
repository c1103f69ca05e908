/** Tax profiles for tests and the demo: an expert who may publish paid offerings. */
import type { DbExecutor } from '../platform/db/client';
import { expertTaxProfiles, type ExpertTaxProfileRow } from '../modules/tax/tax-profile.table';
import { exemptionMentionOf } from '../modules/tax/exemption-mentions';

export async function createTaxProfile(
  db: DbExecutor,
  userId: string,
  overrides: Partial<Omit<ExpertTaxProfileRow, 'userId'>> = {},
): Promise<ExpertTaxProfileRow> {
  const country = overrides.country ?? 'FR';
  const status = overrides.status ?? 'EXEMPT_SMALL_BUSINESS';
  const now = overrides.createdAt ?? new Date('2026-01-01T00:00:00Z');
  const [row] = await db
    .insert(expertTaxProfiles)
    .values({
      userId,
      legalName: 'Camille Martin',
      address: '12 rue des Lilas\n75011 Paris',
      country,
      status,
      vatNumber: status === 'VAT_REGISTERED' ? 'FR40303265045' : null,
      exemptionText: status === 'EXEMPT_SMALL_BUSINESS' ? (exemptionMentionOf(country) ?? 'VAT exempt small business') : null,
      invoicingConsentAt: now,
      createdAt: now,
      updatedAt: now,
      ...overrides,
    })
    .returning();
  return row!;
}
