import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { BookSlotDocument, PlatformRevenueDocument } from '@skillcall/schema';
import { expectType } from '../../../test/graphql-client';
import { isPgError, pgErrorCodes } from '../../platform/db/client';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { bookableExpert, signedInUser, signInAs } from '../../../test/booking-fixtures';
import { createUser } from '../../seed/factories';
import {
  accountBalances,
  accounts,
  bookingEntries,
  chargeMovements,
  postMovements,
  refundMovements,
  unsettledBookings,
  UnbalancedMovementError,
  type BookingCharge,
} from './ledger';

const clock = new ManualClock(new Date('2048-03-02T06:00:00Z'));
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({}, clock);
});
afterAll(() => t.close());

/** A real PER_SESSION booking of 30.00 EUR, for the entries to point at. */
async function paidBooking(): Promise<BookingCharge> {
  const { offerings, expert } = await bookableExpert(t, {
    prices: [{ model: 'PER_SESSION', amountMinor: 3000, currency: 'EUR', durationMinutes: 60 }],
  });
  const user = await signedInUser(t);
  const booked = expectType(
    (
      await user.data(BookSlotDocument, {
        input: { offeringId: offerings[0]!.id, startsAt: '2048-03-03T08:00:00.000Z', timeZone: 'Europe/Paris' },
      })
    ).bookSlot,
    'BookingSuccess',
  );
  return { bookingId: booked.booking.id, expertId: expert.id, currency: 'EUR', amountMinor: 3000, feeBasisPoints: 2000 };
}

const balanceOf = async (account: string) =>
  (await accountBalances(t.app.database.db, account)).find((b) => b.account === account)?.balanceMinor ?? 0;

describe('the ledger', () => {
  it('records a charge as charge, fee and transfer, and partial refunds that end with every account back where it started', async () => {
    const db = t.app.database.db;
    const charge = await paidBooking();
    const expertAccount = accounts.expert(charge.expertId);
    const revenueBefore = await balanceOf(accounts.platformRevenue);
    await db.transaction((tx) => postMovements(tx, chargeMovements(charge), clock.now()));
    expect((await bookingEntries(db, charge.bookingId)).map((e) => [e.kind, e.account.split(':')[0], e.amountMinor])).toEqual([
      ['CHARGE', 'provider', 3000],
      ['CHARGE', 'booking', -3000],
      ['FEE', 'booking', 600],
      ['FEE', 'platform', -600],
      ['TRANSFER', 'booking', 2400],
      ['TRANSFER', 'expert', -2400],
    ]);
    expect(await balanceOf(expertAccount)).toBe(-2400); // owed to the expert: 80%
    expect((await balanceOf(accounts.platformRevenue)) - revenueBefore).toBe(-600); // the platform's 20%
    expect(await unsettledBookings(db)).not.toContain(charge.bookingId);

    // 50% back under the cancellation policy (1,500), then the rest through the satisfaction guarantee.
    await db.transaction((tx) => postMovements(tx, refundMovements(charge, 0, 1500), clock.now()));
    expect(await balanceOf(expertAccount)).toBe(-1200);
    await db.transaction((tx) => postMovements(tx, refundMovements(charge, 1500, 1500), clock.now()));
    expect(await balanceOf(expertAccount)).toBe(0);
    expect((await balanceOf(accounts.platformRevenue)) - revenueBefore).toBe(0);
    expect(await balanceOf(accounts.booking(charge.bookingId))).toBe(0);
    expect(await unsettledBookings(db)).not.toContain(charge.bookingId);
  });

  it('refuses to change or delete an entry: corrections are new movements', async () => {
    const db = t.app.database.db;
    const charge = await paidBooking();
    await db.transaction((tx) => postMovements(tx, chargeMovements(charge), clock.now()));
    const update = await db
      .execute(sql`update ledger_entries set amount_minor = 1 where booking_id = ${charge.bookingId}`)
      .catch((e: unknown) => e);
    expect(isPgError(update, pgErrorCodes.restrictViolation)).toBe(true);
    const deletion = await db.execute(sql`delete from ledger_entries where booking_id = ${charge.bookingId}`).catch((e: unknown) => e);
    expect(isPgError(deletion, pgErrorCodes.restrictViolation)).toBe(true);
    expect(await bookingEntries(db, charge.bookingId)).toHaveLength(6);
  });

  it('refuses a movement that does not balance, in code before writing and in the database at commit', async () => {
    const db = t.app.database.db;
    const charge = await paidBooking();
    const lopsided = {
      kind: 'CHARGE' as const,
      bookingId: charge.bookingId,
      currency: 'EUR',
      lines: [
        { account: accounts.provider, amountMinor: 3000 },
        { account: accounts.booking(charge.bookingId), amountMinor: -2999 },
      ],
    };
    await expect(db.transaction((tx) => postMovements(tx, [lopsided], clock.now()))).rejects.toThrow(UnbalancedMovementError);
    const oneSided = await db
      .execute(
        sql`insert into ledger_entries (movement_id, kind, booking_id, account, currency, amount_minor, created_at)
        values (gen_random_uuid(), 'CHARGE', ${charge.bookingId}, 'provider', 'EUR', 3000, now())`,
      )
      .catch((e: unknown) => e);
    expect(isPgError(oneSided, pgErrorCodes.checkViolation, 'ledger_movement_balanced')).toBe(true);
    expect(await bookingEntries(db, charge.bookingId)).toEqual([]);
  });

  it('serves amounts past 2^31 minor units, as totals in currencies such as IDR reach', async () => {
    const db = t.app.database.db;
    // 200,000,000 IDR (about 12,000 USD) is 20,000,000,000 in minor units; the commission alone passes 2^31.
    const charge = { ...(await paidBooking()), currency: 'IDR', amountMinor: 20_000_000_000 };
    await db.transaction((tx) => postMovements(tx, chargeMovements(charge), clock.now()));
    const admin = await signInAs(t, await createUser(db, { roles: ['USER', 'ADMIN'] }));
    const idr = (await admin.data(PlatformRevenueDocument)).platformRevenue.find((r) => r.currency === 'IDR');
    expect(idr).toMatchObject({
      charged: { amountMinor: 20_000_000_000 },
      revenue: { amountMinor: 4_000_000_000 },
      expertShare: { amountMinor: 16_000_000_000 },
    });
  });
});
