import { bigint, check, index, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { instant } from '../../platform/db/columns';
import { bookings } from '../bookings/booking.table';

export const ledgerMovementKindEnum = pgEnum('ledger_movement_kind', ['CHARGE', 'FEE', 'TRANSFER', 'REFUND', 'REVERSAL']);

/**
 * The double-entry ledger: every movement of money is a set of entries with the same `movement_id` whose amounts
 * sum to zero per currency (debits positive, credits negative). Append-only: the migration makes PostgreSQL refuse
 * updates and deletes, and refuse at commit a movement that does not balance. Balances are sums over accounts.
 *
 * Accounts (named in one place, `accounts` in ledger.ts): `provider` (money held at the payment provider),
 * `platform:revenue`, `expert:<expertId>` (the expert's share), `booking:<bookingId>` (the booking's clearing account).
 */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    movementId: uuid('movement_id').notNull(),
    kind: ledgerMovementKindEnum('kind').notNull(),
    bookingId: uuid('booking_id').references(() => bookings.id, { onDelete: 'restrict' }),
    account: text('account').notNull(),
    currency: text('currency').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    memo: text('memo'),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [
    index('ledger_entries_movement_idx').on(t.movementId),
    index('ledger_entries_booking_idx').on(t.bookingId),
    index('ledger_entries_account_idx').on(t.account, t.currency),
    check('ledger_entries_amount_nonzero', sql`${t.amountMinor} <> 0`),
    check('ledger_entries_currency_code', sql`${t.currency} ~ '^[A-Z]{3}$'`),
  ],
);

export type LedgerEntryRow = typeof ledgerEntries.$inferSelect;
