import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/context';
import { Public } from '../../platform/graphql/access';
import { childCategories, topLevelCategories } from './catalog.service';
import { Category } from './category.types';

@Resolver(() => Category)
export class CatalogResolver {
  @Public()
  @Query(() => [Category], { description: 'Top-level categories in display order.' })
  categories(@Ctx() ctx: Context) {
    return topLevelCategories(ctx);
  }

  @FieldResolver(() => [Category], { description: 'Sub-categories in display order.' })
  children(@Root() category: Category, @Ctx() ctx: Context) {
    return childCategories(ctx, category);
  }
}
