import { sql, type SQL } from 'drizzle-orm';

/** A JS array as one PostgreSQL array parameter (drizzle's `sql` would otherwise expand it into a list). */
export function pgArray(values: readonly string[], type: 'text' | 'uuid'): SQL {
  return sql`${sql.param(values)}::${sql.raw(type)}[]`;
}
