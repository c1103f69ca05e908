import { asc, inArray, isNull } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/client';
import { categories } from './category.table';

export function listTopLevelCategories(db: DbExecutor) {
  return db.select().from(categories).where(isNull(categories.parentId)).orderBy(asc(categories.position), asc(categories.slug));
}

export function listChildrenOf(db: DbExecutor, parentIds: readonly string[]) {
  return db
    .select()
    .from(categories)
    .where(inArray(categories.parentId, [...parentIds]))
    .orderBy(asc(categories.position), asc(categories.slug));
}
