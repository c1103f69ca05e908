/** The taxonomy of categories: browsing for everyone, management for admins. */
import { z } from 'zod';
import { inTransaction, type Context } from '../../platform/context';
import { isPgError, pgErrorCodes } from '../../platform/db/client';
import { AppError } from '../../platform/errors';
import { FieldErrorCode, InvalidInputError, validateInput } from '../../platform/graphql/domain-error';
import { recordAudit } from '../moderation/audit.service';
import { AuditAction } from '../moderation/audit.types';
import {
  categoryAndChildrenIds,
  findCategoriesByIds,
  findCategoryBySlug,
  insertCategory,
  listTopLevelCategories,
  updateCategory,
} from './category.queries';
import { CategorySuccess, toCategory, type Category, type CreateCategoryInput, type UpdateCategoryInput } from './category.types';

export async function topLevelCategories(ctx: Context): Promise<Category[]> {
  return (await listTopLevelCategories(ctx.db)).map(toCategory);
}

export async function childCategories(ctx: Context, parent: Category): Promise<Category[]> {
  return (await ctx.loaders.childCategoriesByParentId.load(parent.id)).map(toCategory);
}

export async function categoryById(ctx: Context, id: string): Promise<Category | null> {
  const row = await ctx.loaders.categoryById.load(id);
  return row ? toCategory(row) : null;
}

export async function categoryBySlug(ctx: Context, slug: string): Promise<Category | null> {
  const row = await findCategoryBySlug(ctx.db, slug);
  return row ? toCategory(row) : null;
}

/** Ids of the category and its sub-categories, for "everything in Cooking". */
export function categoryTreeIds(ctx: Context, id: string): Promise<string[]> {
  return categoryAndChildrenIds(ctx.db, id);
}

export async function existingCategoryIds(ctx: Context, ids: string[]): Promise<Set<string>> {
  const valid = ids.filter((id) => z.uuid().safeParse(id).success);
  if (!valid.length) return new Set();
  return new Set((await findCategoriesByIds(ctx.db, valid)).map((c) => c.id));
}

const names = { nameEn: z.string().trim().min(2).max(60), nameFr: z.string().trim().min(2).max(60) };
const createSchema = z.object({
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lower-case letters, digits and dashes.')
    .max(60),
  ...names,
  parentId: z.uuid().optional(),
  position: z.number().int().min(0).max(1000).optional(),
});
const updateSchema = z.object({
  id: z.uuid(),
  nameEn: names.nameEn.optional(),
  nameFr: names.nameFr.optional(),
  position: z.number().int().min(0).max(1000).optional(),
});

const slugTaken = () => InvalidInputError.field('slug', FieldErrorCode.ALREADY_TAKEN, 'Another category uses this slug.');

export async function createCategory(ctx: Context, input: CreateCategoryInput) {
  const valid = validateInput(createSchema, input);
  if (!valid.ok) return valid.error;
  if (valid.data.parentId) {
    const [parent] = await findCategoriesByIds(ctx.db, [valid.data.parentId]);
    if (!parent) return InvalidInputError.field('parentId', FieldErrorCode.UNSUPPORTED, 'This parent category does not exist.');
    if (parent.parentId)
      return InvalidInputError.field('parentId', FieldErrorCode.UNSUPPORTED, 'Sub-categories cannot have sub-categories.');
  }
  try {
    const row = await inTransaction(ctx, async (tx) => {
      const created = await insertCategory(tx.db, { ...valid.data, position: valid.data.position ?? 0, createdAt: tx.clock.now() });
      await recordAudit(tx, { action: AuditAction.CATEGORY_CREATED, targetType: 'category', targetId: created.id, details: valid.data });
      return created;
    });
    return Object.assign(new CategorySuccess(), { category: toCategory(row) });
  } catch (error) {
    if (isPgError(error, pgErrorCodes.uniqueViolation)) return slugTaken();
    throw error;
  }
}

export async function editCategory(ctx: Context, input: UpdateCategoryInput) {
  const valid = validateInput(updateSchema, input);
  if (!valid.ok) return valid.error;
  const { id, ...changes } = valid.data;
  const row = await inTransaction(ctx, async (tx) => {
    const updated = await updateCategory(tx.db, id, changes);
    if (!updated) throw new AppError('NOT_FOUND', 'No such category.');
    await recordAudit(tx, { action: AuditAction.CATEGORY_UPDATED, targetType: 'category', targetId: id, details: changes });
    return updated;
  });
  return Object.assign(new CategorySuccess(), { category: toCategory(row) });
}

/** For each category id, its parent's id (sub-categories only). */
export async function categoryParents(ctx: Context, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await findCategoriesByIds(ctx.db, ids);
  return new Map(rows.filter((r) => r.parentId).map((r) => [r.id, r.parentId!]));
}
