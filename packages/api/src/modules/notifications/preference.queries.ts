import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/client';
import { users } from '../identity/identity.table';
import { notificationPreferences, type NotificationPreferenceRow } from './preference.table';

/** The channels a row stores: one column each. */
export type ChannelColumns = Partial<Pick<NotificationPreferenceRow, 'email' | 'push'>>;

export function preferencesOf(db: DbExecutor, userId: string): Promise<NotificationPreferenceRow[]> {
  return db.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId)).orderBy(notificationPreferences.kind);
}

/** Sets the given channels of one kind, leaving the others as they were. */
export async function upsertPreference(
  db: DbExecutor,
  userId: string,
  kind: string,
  channels: ChannelColumns,
  now: Date,
): Promise<NotificationPreferenceRow> {
  const [row] = await db
    .insert(notificationPreferences)
    .values({ userId, kind, ...channels, updatedAt: now })
    .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.kind], set: { ...channels, updatedAt: now } })
    .returning();
  return row!;
}

export async function deletePreferencesOf(db: DbExecutor, userId: string): Promise<void> {
  await db.delete(notificationPreferences).where(eq(notificationPreferences.userId, userId));
}

/**
 * The live account behind an address (matched case-insensitively, as sign-in does) and its stored choice for one
 * kind (null columns, or no row, when it never chose); undefined when no account uses the address.
 */
export async function recipientChoice(db: DbExecutor, address: string, kind: string) {
  const [row] = await db
    .select({ userId: users.id, locale: users.locale, email: notificationPreferences.email })
    .from(users)
    .leftJoin(notificationPreferences, and(eq(notificationPreferences.userId, users.id), eq(notificationPreferences.kind, kind)))
    .where(and(sql`lower(${users.email}) = ${address.trim().toLowerCase()}`, isNull(users.deletedAt)))
    .limit(1);
  return row;
}

/** The language of a live account, for pages reached by a signed link; undefined when it is gone. */
export async function localeOfUser(db: DbExecutor, userId: string) {
  const [row] = await db
    .select({ locale: users.locale })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.deletedAt)))
    .limit(1);
  return row?.locale;
}
