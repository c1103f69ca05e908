/** Per-request DataLoaders: every relation field batches through one of these (no N+1). */
import DataLoader from 'dataloader';
import type { DbExecutor } from './platform/db/client';
import { findUsersByIds } from './modules/identity/identity.queries';
import type { UserRow } from './modules/identity/identity.table';
import { listChildrenOf } from './modules/catalog/category.queries';
import type { CategoryRow } from './modules/catalog/category.table';

function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | undefined)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key));
}

function groupedByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

export function createLoaders(db: DbExecutor) {
  return {
    userById: new DataLoader<string, UserRow | undefined>(async (ids) => byKey(ids, await findUsersByIds(db, ids), (u) => u.id)),
    childCategoriesByParentId: new DataLoader<string, CategoryRow[]>(async (ids) =>
      groupedByKey(ids, await listChildrenOf(db, ids), (c) => c.parentId!),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
