import type { Context } from '../../platform/context';
import { listTopLevelCategories } from './category.queries';
import { toCategory, type Category } from './category.types';

export async function topLevelCategories(ctx: Context): Promise<Category[]> {
  return (await listTopLevelCategories(ctx.db)).map(toCategory);
}

export async function childCategories(ctx: Context, parent: Category): Promise<Category[]> {
  return (await ctx.loaders.childCategoriesByParentId.load(parent.id)).map(toCategory);
}
