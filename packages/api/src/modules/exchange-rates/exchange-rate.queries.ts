import { and, desc, eq, lte, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/client';
import type { DayRate } from './exchange-rate.policy';
import { exchangeRates } from './exchange-rate.table';

/** Stores rates, replacing the stored rate of the same currency and day (a corrected file wins). */
export async function upsertRates(db: DbExecutor, rates: DayRate[], source: 'ECB' | 'IMPORT', at: Date): Promise<void> {
  for (let i = 0; i < rates.length; i += 1000) {
    await db
      .insert(exchangeRates)
      .values(rates.slice(i, i + 1000).map((r) => ({ ...r, source, loadedAt: at })))
      .onConflictDoUpdate({
        target: [exchangeRates.currency, exchangeRates.day],
        set: { perEuro: sql`excluded.per_euro`, source: sql`excluded.source`, loadedAt: sql`excluded.loaded_at` },
      });
  }
}

/** The rate of `currency` on `day`, or on the latest earlier day that has one (weekends and holidays have none). */
export async function findRateOnOrBefore(db: DbExecutor, currency: string, day: string): Promise<{ day: string; perEuro: string } | null> {
  const [row] = await db
    .select({ day: exchangeRates.day, perEuro: exchangeRates.perEuro })
    .from(exchangeRates)
    .where(and(eq(exchangeRates.currency, currency), lte(exchangeRates.day, day)))
    .orderBy(desc(exchangeRates.day))
    .limit(1);
  return row ?? null;
}
