/** Demo data for `npm start`, built from the same factories as the tests. Runs once, on an empty database. */
import { sql } from 'drizzle-orm';
import type { Database } from '../platform/db/client';
import { users } from '../modules/identity/identity.table';
import { createUser } from './factories';

export const demoPassword = 'skillcall-demo';

export const demoAccounts = [
  { email: 'admin@skillcall.test', displayName: 'Ada Admin', roles: ['USER', 'ADMIN'] as const, locale: 'en' as const, timeZone: 'Europe/London' },
  { email: 'expert@skillcall.test', displayName: 'Élodie Experte', roles: ['USER', 'EXPERT'] as const, locale: 'fr' as const, timeZone: 'Europe/Paris' },
  { email: 'user@skillcall.test', displayName: 'Sam User', roles: ['USER'] as const, locale: 'en' as const, timeZone: 'America/New_York' },
];

/** Seeds the demo accounts when the database has no user yet; returns whether it seeded. */
export async function seedDemoData(db: Database): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(727002)`);
    const [{ count } = { count: 0 }] = await tx.select({ count: sql<number>`count(*)::int` }).from(users);
    if (count > 0) return false;
    for (const account of demoAccounts) {
      await createUser(tx, { ...account, roles: [...account.roles], password: demoPassword });
    }
    return true;
  });
}
