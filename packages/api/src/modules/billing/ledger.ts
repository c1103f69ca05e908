/**
 * Writing to and reading from the double-entry ledger (see ledger.table.ts for the accounts and the guarantees the
 * database adds). Each payment step of a booking is a set of balanced movements built here from the fee split, so
 * the rule for who gets what lives in one place.
 *
 * A booking's money passes through its own clearing account `booking:<id>`: the charge fills it, the fee and the
 * transfer to the expert empty it, refunds and reversals run the other way. Once a booking is settled its clearing
 * account is back at zero; `unsettledBookings` lists those that are not.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, like, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/client';
import { splitCharge, splitRefund } from './fee-split';
import { ledgerEntries, type LedgerEntryRow } from './ledger.table';

export type MovementKind = LedgerEntryRow['kind'];

export interface MovementLine {
  account: string;
  amountMinor: number;
}

export interface Movement {
  kind: MovementKind;
  bookingId: string | null;
  currency: string;
  lines: MovementLine[];
  memo?: string;
}

/** A movement whose lines do not sum to zero, or carry a zero or fractional amount: a bug, refused before writing. */
export class UnbalancedMovementError extends Error {
  constructor(readonly movement: Movement) {
    super(`ledger movement ${movement.kind} does not balance: ${JSON.stringify(movement.lines)}`);
    this.name = 'UnbalancedMovementError';
  }
}

export const accounts = {
  provider: 'provider',
  platformRevenue: 'platform:revenue',
  expert: (expertId: string) => `expert:${expertId}`,
  booking: (bookingId: string) => `booking:${bookingId}`,
};

/** Appends the movements (each balanced) in the caller's transaction; returns their ids. */
export async function postMovements(db: DbExecutor, movements: Movement[], at: Date): Promise<string[]> {
  const ids: string[] = [];
  const rows: (typeof ledgerEntries.$inferInsert)[] = [];
  for (const movement of movements) {
    const lines = movement.lines;
    const valid =
      lines.length >= 2 &&
      lines.every((l) => Number.isSafeInteger(l.amountMinor) && l.amountMinor !== 0) &&
      lines.reduce((sum, l) => sum + l.amountMinor, 0) === 0;
    if (!valid) throw new UnbalancedMovementError(movement);
    const movementId = randomUUID();
    ids.push(movementId);
    for (const line of lines) {
      rows.push({
        movementId,
        kind: movement.kind,
        bookingId: movement.bookingId,
        account: line.account,
        currency: movement.currency,
        amountMinor: line.amountMinor,
        memo: movement.memo ?? null,
        createdAt: at,
      });
    }
  }
  if (rows.length) await db.insert(ledgerEntries).values(rows);
  return ids;
}

/** Drops zero lines (a 0% fee, a free amount) and movements left with nothing to move. */
function nonZero(movements: Movement[]): Movement[] {
  return movements.map((m) => ({ ...m, lines: m.lines.filter((l) => l.amountMinor !== 0) })).filter((m) => m.lines.length >= 2);
}

export interface BookingCharge {
  bookingId: string;
  expertId: string;
  currency: string;
  amountMinor: number;
  feeBasisPoints: number;
}

/** The user paid: the charge, the platform's fee, and the expert's share transferred to them. */
export function chargeMovements(charge: BookingCharge): Movement[] {
  const { feeMinor, expertMinor } = splitCharge(charge.amountMinor, charge.currency, charge.feeBasisPoints);
  const clearing = accounts.booking(charge.bookingId);
  const base = { bookingId: charge.bookingId, currency: charge.currency };
  return nonZero([
    {
      ...base,
      kind: 'CHARGE',
      lines: [
        { account: accounts.provider, amountMinor: charge.amountMinor },
        { account: clearing, amountMinor: -charge.amountMinor },
      ],
    },
    {
      ...base,
      kind: 'FEE',
      lines: [
        { account: clearing, amountMinor: feeMinor },
        { account: accounts.platformRevenue, amountMinor: -feeMinor },
      ],
    },
    {
      ...base,
      kind: 'TRANSFER',
      lines: [
        { account: clearing, amountMinor: expertMinor },
        { account: accounts.expert(charge.expertId), amountMinor: -expertMinor },
      ],
    },
  ]);
}

/** A refund of `refundMinor` (after `alreadyRefundedMinor`): the fee and the transfer reversed in proportion, then paid back. */
export function refundMovements(charge: BookingCharge, alreadyRefundedMinor: number, refundMinor: number): Movement[] {
  const { feeMinor, expertMinor } = splitRefund(charge, alreadyRefundedMinor, refundMinor);
  const clearing = accounts.booking(charge.bookingId);
  const base = { bookingId: charge.bookingId, currency: charge.currency };
  return nonZero([
    {
      ...base,
      kind: 'REVERSAL',
      memo: 'fee',
      lines: [
        { account: accounts.platformRevenue, amountMinor: feeMinor },
        { account: clearing, amountMinor: -feeMinor },
      ],
    },
    {
      ...base,
      kind: 'REVERSAL',
      memo: 'transfer',
      lines: [
        { account: accounts.expert(charge.expertId), amountMinor: expertMinor },
        { account: clearing, amountMinor: -expertMinor },
      ],
    },
    {
      ...base,
      kind: 'REFUND',
      lines: [
        { account: clearing, amountMinor: refundMinor },
        { account: accounts.provider, amountMinor: -refundMinor },
      ],
    },
  ]);
}

/** Balances of the accounts starting with `prefix`, per currency (debits positive). */
export async function accountBalances(
  db: DbExecutor,
  prefix: string,
): Promise<{ account: string; currency: string; balanceMinor: number }[]> {
  const rows = await db
    .select({
      account: ledgerEntries.account,
      currency: ledgerEntries.currency,
      balanceMinor: sql<string>`sum(${ledgerEntries.amountMinor})`,
    })
    .from(ledgerEntries)
    .where(like(ledgerEntries.account, `${prefix.replace(/[\\%_]/g, '\\$&')}%`))
    .groupBy(ledgerEntries.account, ledgerEntries.currency)
    .orderBy(ledgerEntries.account, ledgerEntries.currency);
  return rows.map((r) => ({ ...r, balanceMinor: Number(r.balanceMinor) }));
}

/** The booking's entries: in a sound ledger they sum to zero per currency, and so does its clearing account once settled. */
export async function bookingEntries(db: DbExecutor, bookingId: string): Promise<LedgerEntryRow[]> {
  return db.select().from(ledgerEntries).where(eq(ledgerEntries.bookingId, bookingId)).orderBy(ledgerEntries.id);
}

/** Bookings whose entries do not sum to zero, or whose clearing account still holds money: should always be empty once payments settle. */
export async function unsettledBookings(db: DbExecutor): Promise<string[]> {
  const rows = await db.execute<{ booking_id: string }>(sql`
    select booking_id from ${ledgerEntries} where booking_id is not null
    group by booking_id, currency
    having sum(amount_minor) <> 0 or sum(amount_minor) filter (where account = 'booking:' || booking_id) <> 0`);
  return [...new Set(rows.map((r) => r.booking_id))];
}

/**
 * An expert's share per currency (credits positive): all of it, and the part of sessions that ended less than
 * `guaranteeHours` ago or have a refund request still under review (it may still go back to the user).
 */
export async function expertEarnings(
  db: DbExecutor,
  expertId: string,
  pendingIfEndedAfter: Date,
): Promise<{ currency: string; earnedMinor: number; pendingMinor: number }[]> {
  const rows = await db.execute<{ currency: string; earned: string; pending: string }>(sql`
    select e.currency, -sum(e.amount_minor) as earned,
      -coalesce(sum(e.amount_minor) filter (where b.ends_at > ${pendingIfEndedAfter.toISOString()}::timestamptz or r.status = 'PENDING_ADMIN'), 0) as pending
    from ${ledgerEntries} e
    left join bookings b on b.id = e.booking_id
    left join refund_requests r on r.booking_id = e.booking_id
    where e.account = ${accounts.expert(expertId)}
    group by e.currency order by e.currency`);
  return rows.map((r) => ({ currency: r.currency, earnedMinor: Number(r.earned), pendingMinor: Number(r.pending) }));
}

/** The platform's figures per currency: charged, refunded, its commission and the experts' share (net of reversals). */
export async function platformFigures(
  db: DbExecutor,
): Promise<{ currency: string; chargedMinor: number; refundedMinor: number; revenueMinor: number; expertMinor: number }[]> {
  const rows = await db.execute<{ currency: string; charged: string; refunded: string; revenue: string; experts: string }>(sql`
    select currency,
      coalesce(sum(amount_minor) filter (where account = ${accounts.provider} and kind = 'CHARGE'), 0) as charged,
      -coalesce(sum(amount_minor) filter (where account = ${accounts.provider} and kind = 'REFUND'), 0) as refunded,
      -coalesce(sum(amount_minor) filter (where account = ${accounts.platformRevenue}), 0) as revenue,
      -coalesce(sum(amount_minor) filter (where account like 'expert:%'), 0) as experts
    from ${ledgerEntries} group by currency order by currency`);
  return rows.map((r) => ({
    currency: r.currency,
    chargedMinor: Number(r.charged),
    refundedMinor: Number(r.refunded),
    revenueMinor: Number(r.revenue),
    expertMinor: Number(r.experts),
  }));
}

/** When the booking was first charged (its first CHARGE movement), if it was. */
export async function chargedAt(db: DbExecutor, bookingId: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: sql<Date>`min(${ledgerEntries.createdAt})`.mapWith(ledgerEntries.createdAt) })
    .from(ledgerEntries)
    .where(sql`${ledgerEntries.bookingId} = ${bookingId} and ${ledgerEntries.kind} = 'CHARGE'`);
  return row?.at ?? null;
}

/** The entries of these bookings on the given accounts (a person's clearing accounts, or their expert account). */
export async function entriesOnAccounts(db: DbExecutor, bookingIds: string[], accountNames: string[]): Promise<LedgerEntryRow[]> {
  if (!bookingIds.length || !accountNames.length) return [];
  return db
    .select()
    .from(ledgerEntries)
    .where(and(inArray(ledgerEntries.bookingId, bookingIds), inArray(ledgerEntries.account, accountNames)))
    .orderBy(ledgerEntries.id);
}
