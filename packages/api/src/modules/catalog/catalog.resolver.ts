import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context, SignedInContext } from '../../platform/context';
import { PartnerScope, Public, SignedIn } from '../../platform/graphql/access';
import { categoryById, categoryBySlug, childCategories, createCategory, editCategory, topLevelCategories } from './catalog.service';
import { Category, CategoryResult, CreateCategoryInput, UpdateCategoryInput } from './category.types';

@Resolver(() => Category)
export class CatalogResolver {
  @Public()
  @PartnerScope('CATALOG_READ')
  @Query(() => [Category], { description: 'Top-level categories in display order. Partner keys: CATALOG_READ.' })
  categories(@Ctx() ctx: Context) {
    return topLevelCategories(ctx);
  }

  @Public()
  @PartnerScope('CATALOG_READ')
  @Query(() => Category, { nullable: true, description: 'A category by its URL name. Partner keys: CATALOG_READ.' })
  category(@Arg('slug', () => String) slug: string, @Ctx() ctx: Context) {
    return categoryBySlug(ctx, slug);
  }

  @FieldResolver(() => [Category], { description: 'Sub-categories in display order.' })
  children(@Root() category: Category, @Ctx() ctx: Context) {
    return childCategories(ctx, category);
  }

  @FieldResolver(() => Category, { nullable: true, description: 'The parent, for a sub-category.' })
  parent(@Root() category: Category, @Ctx() ctx: Context) {
    return category.parentId ? categoryById(ctx, category.parentId) : null;
  }

  @SignedIn('ADMIN')
  @Mutation(() => CategoryResult, { description: 'Add a category or sub-category. Admins only.' })
  createCategory(@Arg('input', () => CreateCategoryInput) input: CreateCategoryInput, @Ctx() ctx: SignedInContext) {
    return createCategory(ctx, input);
  }

  @SignedIn('ADMIN')
  @Mutation(() => CategoryResult, { description: 'Rename or reorder a category. Admins only.' })
  updateCategory(@Arg('input', () => UpdateCategoryInput) input: UpdateCategoryInput, @Ctx() ctx: SignedInContext) {
    return editCategory(ctx, input);
  }
}
