import { sql, type SQL, type AnyColumn } from 'drizzle-orm';
import type { CursorKey } from '../graphql/connection';

/**
 * The WHERE clause of a keyset page: rows strictly after `after` in the order of `columns`.
 * Row-value comparison keeps it one index range scan; each cursor part is cast to its column's type.
 */
export function keysetAfter(columns: AnyColumn[], after: CursorKey | null, direction: 'asc' | 'desc'): SQL | undefined {
  if (!after) return undefined;
  const left = sql.join(
    columns.map((c) => sql`${c}`),
    sql`, `,
  );
  const right = sql.join(
    after.map((value, i) => sql`${value}::${sql.raw(columns[i]!.getSQLType())}`),
    sql`, `,
  );
  return direction === 'desc' ? sql`(${left}) < (${right})` : sql`(${left}) > (${right})`;
}
