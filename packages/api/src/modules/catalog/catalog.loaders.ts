import DataLoader from 'dataloader';
import type { DbExecutor } from '../../platform/db/client';
import { byKey, groupedByKey } from '../../platform/db/loader-helpers';
import { findCategoriesByIds, listChildrenOf } from './category.queries';
import type { CategoryRow } from './category.table';

export const createCatalogLoaders = (db: DbExecutor) => ({
  childCategoriesByParentId: new DataLoader<string, CategoryRow[]>(async (ids) =>
    groupedByKey(ids, await listChildrenOf(db, ids), (c) => c.parentId!),
  ),
  categoryById: new DataLoader<string, CategoryRow | undefined>(async (ids) => byKey(ids, await findCategoriesByIds(db, ids), (c) => c.id)),
});
