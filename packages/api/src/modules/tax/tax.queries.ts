/** Reads and writes of tax: the VAT number checks. */
import { and, asc, eq, lte } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/client';
import { vatNumberChecks } from './tax.table';

export type VatNumberCheckRow = typeof vatNumberChecks.$inferSelect;

export async function findVatNumberCheck(db: DbExecutor, number: string): Promise<VatNumberCheckRow | undefined> {
  const [row] = await db.select().from(vatNumberChecks).where(eq(vatNumberChecks.number, number));
  return row;
}

export async function saveVatNumberCheck(
  db: DbExecutor,
  values: typeof vatNumberChecks.$inferInsert & { updatedAt: Date },
): Promise<VatNumberCheckRow> {
  const [row] = await db
    .insert(vatNumberChecks)
    .values(values)
    .onConflictDoUpdate({ target: vatNumberChecks.number, set: { ...values, number: undefined, createdAt: undefined } })
    .returning();
  return row!;
}

/** Numbers VIES could not answer for whose next attempt is due, oldest first. */
export function dueVatNumberChecks(db: DbExecutor, now: Date, limit: number): Promise<VatNumberCheckRow[]> {
  return db
    .select()
    .from(vatNumberChecks)
    .where(and(eq(vatNumberChecks.state, 'NOT_YET_VERIFIED'), lte(vatNumberChecks.nextCheckAt, now)))
    .orderBy(asc(vatNumberChecks.nextCheckAt))
    .limit(limit);
}
