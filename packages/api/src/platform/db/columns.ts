import { timestamp } from 'drizzle-orm/pg-core';

/**
 * An instant in UTC, stored with millisecond precision so it round-trips through a JS Date exactly
 * (keyset cursors compare it for equality).
 */
export const instant = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: 'date' });
