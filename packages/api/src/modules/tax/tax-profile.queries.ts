import { eq } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/client';
import { expertTaxProfiles, type ExpertTaxProfileRow } from './tax-profile.table';

export async function findTaxProfile(db: DbExecutor, userId: string): Promise<ExpertTaxProfileRow | undefined> {
  const [row] = await db.select().from(expertTaxProfiles).where(eq(expertTaxProfiles.userId, userId));
  return row;
}

export type TaxProfileFields = Omit<ExpertTaxProfileRow, 'userId' | 'createdAt' | 'updatedAt'>;

export async function upsertTaxProfile(db: DbExecutor, userId: string, fields: TaxProfileFields, now: Date): Promise<ExpertTaxProfileRow> {
  const [row] = await db
    .insert(expertTaxProfiles)
    .values({ ...fields, userId, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: expertTaxProfiles.userId, set: { ...fields, updatedAt: now } })
    .returning();
  return row!;
}

export async function deleteTaxProfile(db: DbExecutor, userId: string): Promise<void> {
  await db.delete(expertTaxProfiles).where(eq(expertTaxProfiles.userId, userId));
}
