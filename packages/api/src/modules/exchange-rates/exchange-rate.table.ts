import { sql } from 'drizzle-orm';
import { check, date, numeric, pgEnum, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { instant } from '../../platform/db/columns';

export const exchangeRateSourceEnum = pgEnum('exchange_rate_source', ['ECB', 'IMPORT']);

/**
 * Reference rates, one per currency per day, as the ECB publishes them: how many units of `currency` one euro buys
 * on `day` (a decimal kept exact). Days without a rate (weekends, holidays) use the latest earlier one.
 */
export const exchangeRates = pgTable(
  'exchange_rates',
  {
    day: date('day', { mode: 'string' }).notNull(),
    currency: text('currency').notNull(),
    perEuro: numeric('per_euro', { precision: 20, scale: 8 }).notNull(),
    source: exchangeRateSourceEnum('source').notNull(),
    loadedAt: instant('loaded_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.currency, t.day] }),
    check('exchange_rates_currency_code', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check('exchange_rates_positive', sql`${t.perEuro} > 0`),
  ],
);

export type ExchangeRateRow = typeof exchangeRates.$inferSelect;
