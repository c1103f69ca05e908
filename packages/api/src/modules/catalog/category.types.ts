import { Field, ID, ObjectType } from 'type-graphql';
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

  @Field(() => ID, { nullable: true, description: 'The parent category, for a sub-category.' })
  parentId!: string | null;
}

export function toCategory(row: CategoryRow): Category {
  return Object.assign(new Category(), { id: row.id, slug: row.slug, nameEn: row.nameEn, nameFr: row.nameFr, parentId: row.parentId });
}
