import { asc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/client';
import { categories, type CategoryRow } from './category.table';

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

export function findCategoriesByIds(db: DbExecutor, ids: readonly string[]) {
  return db
    .select()
    .from(categories)
    .where(inArray(categories.id, [...ids]));
}

export async function findCategoryBySlug(db: DbExecutor, slug: string): Promise<CategoryRow | undefined> {
  const [row] = await db.select().from(categories).where(eq(categories.slug, slug));
  return row;
}

/** The category and its direct sub-categories (the taxonomy has two levels). */
export async function categoryAndChildrenIds(db: DbExecutor, id: string): Promise<string[]> {
  const rows = await db
    .select({ id: categories.id })
    .from(categories)
    .where(or(eq(categories.id, id), eq(categories.parentId, id)));
  return rows.map((r) => r.id);
}

export async function insertCategory(db: DbExecutor, values: typeof categories.$inferInsert): Promise<CategoryRow> {
  const [row] = await db.insert(categories).values(values).returning();
  return row!;
}

export async function updateCategory(
  db: DbExecutor,
  id: string,
  values: Partial<typeof categories.$inferInsert>,
): Promise<CategoryRow | undefined> {
  const [row] = await db.update(categories).set(values).where(eq(categories.id, id)).returning();
  return row;
}
