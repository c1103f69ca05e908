/** Builders of realistic rows, shared by tests and the demo seed. Each takes overrides for what a test cares about. */
import { randomUUID } from 'node:crypto';
import type { DbExecutor } from '../platform/db/client';
import { insertUser } from '../modules/identity/identity.queries';
import { hashPassword } from '../modules/identity/password';
import type { UserRow } from '../modules/identity/identity.table';
import type { Locale } from '../modules/identity/identity.policy';

export const defaultTestPassword = 'correct horse battery staple';

export async function createUser(
  db: DbExecutor,
  overrides: Partial<{
    email: string;
    displayName: string;
    password: string;
    /** A hash computed once, to create many accounts with the same password quickly (demo seed). */
    passwordHash: string;
    roles: UserRow['roles'];
    locale: Locale;
    timeZone: string;
    /** Accounts are made with a confirmed address (demo and tests); null makes one that has not confirmed it yet. */
    emailVerifiedAt: Date | null;
  }> = {},
): Promise<UserRow & { password: string }> {
  const password = overrides.password ?? defaultTestPassword;
  const row = await insertUser(db, {
    email: overrides.email ?? `user-${randomUUID().slice(0, 8)}@example.test`,
    displayName: overrides.displayName ?? 'Camille Martin',
    passwordHash: overrides.passwordHash ?? (await hashPassword(password)),
    roles: overrides.roles ?? ['USER'],
    locale: overrides.locale ?? 'en',
    timeZone: overrides.timeZone ?? 'Europe/Paris',
    emailVerifiedAt: overrides.emailVerifiedAt === undefined ? new Date() : overrides.emailVerifiedAt,
  });
  return { ...row, password };
}
