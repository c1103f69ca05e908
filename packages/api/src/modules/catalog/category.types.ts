import { Field, ID, InputType, Int, ObjectType, createUnionType } from 'type-graphql';
import { InvalidInputError } from '../../platform/graphql/domain-error';
import type { CategoryRow } from './category.table';

@ObjectType({ description: 'A subject users browse experts by; top-level categories have sub-categories.' })
export class Category {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => String, { description: 'URL-safe, stable name (e.g. `computers-tech`).' })
  slug!: string;

  @Field(() => String, { description: 'English name.' })
  nameEn!: string;

  @Field(() => String, { description: 'French name.' })
  nameFr!: string;

  @Field(() => Int, { description: 'Display order among its siblings.' })
  position!: number;

  @Field(() => ID, { nullable: true, description: 'The parent category, for a sub-category.' })
  parentId!: string | null;
}

export function toCategory(row: CategoryRow): Category {
  return Object.assign(new Category(), {
    id: row.id,
    slug: row.slug,
    nameEn: row.nameEn,
    nameFr: row.nameFr,
    position: row.position,
    parentId: row.parentId,
  });
}

@InputType({ description: 'A new category. Admins only.' })
export class CreateCategoryInput {
  @Field(() => String, { description: 'URL name: lower-case letters, digits and dashes.' })
  slug!: string;

  @Field(() => String, { description: 'English name.' })
  nameEn!: string;

  @Field(() => String, { description: 'French name.' })
  nameFr!: string;

  @Field(() => ID, { nullable: true, description: 'The parent, to create a sub-category.' })
  parentId?: string;

  @Field(() => Int, { nullable: true, description: 'Display order among its siblings.' })
  position?: number;
}

@InputType({ description: 'Changes to a category; omitted fields stay. Admins only.' })
export class UpdateCategoryInput {
  @Field(() => ID, { description: 'The category.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'English name.' })
  nameEn?: string;

  @Field(() => String, { nullable: true, description: 'French name.' })
  nameFr?: string;

  @Field(() => Int, { nullable: true, description: 'Display order among its siblings.' })
  position?: number;
}

@ObjectType({ description: 'The category, after the change.' })
export class CategorySuccess {
  @Field(() => Category, { description: 'The category as it is now.' })
  category!: Category;
}

export const CategoryResult = createUnionType({
  name: 'CategoryResult',
  description: 'Outcome of a change to the taxonomy.',
  types: () => [CategorySuccess, InvalidInputError] as const,
});
