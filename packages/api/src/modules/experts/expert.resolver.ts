import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context, SignedInContext } from '../../platform/context';
import { PartnerScope, Public, SignedIn } from '../../platform/graphql/access';
import { ConnectionArgs } from '../../platform/graphql/connection';
import { Category } from '../catalog/category.types';
import { categoryById } from '../catalog/catalog.service';
import {
  categoryIdsOf,
  expertById,
  expertBySlug,
  expertsForAdmin,
  expertsInCategory,
  myExpertProfile,
  offeringBySlugs,
  offeringsOf,
  setExpertStatus,
  setOfferingStatus,
} from './expert.service';
import {
  Expert,
  ExpertConnection,
  ExpertModerationInput,
  ExpertResult,
  ExpertStatus,
  Offering,
  OfferingModerationInput,
  OfferingResult,
} from './expert.types';

@ArgsType()
class AdminExpertsArgs extends ConnectionArgs {
  @Field(() => ExpertStatus, { nullable: true, description: 'Only experts with this status.' })
  status?: ExpertStatus | null;

  @Field(() => String, { nullable: true, description: 'Part of the name or slug.' })
  search?: string | null;
}

@Resolver(() => Expert)
export class ExpertResolver {
  @Public()
  @PartnerScope('CATALOG_READ')
  @Query(() => Expert, {
    nullable: true,
    description: 'An approved expert by URL name; null if unknown or suspended. Partner keys: CATALOG_READ.',
  })
  expert(@Arg('slug', () => String) slug: string, @Ctx() ctx: Context) {
    return expertBySlug(ctx, slug);
  }

  @SignedIn()
  @Query(() => Expert, { nullable: true, description: 'The signed-in user’s expert profile, even when suspended; null if not an expert.' })
  myExpertProfile(@Ctx() ctx: SignedInContext) {
    return myExpertProfile(ctx);
  }

  @SignedIn('ADMIN')
  @Query(() => ExpertConnection, { description: 'Every approved expert, most recent first. Admins only.' })
  adminExperts(@Args(() => AdminExpertsArgs) args: AdminExpertsArgs, @Ctx() ctx: SignedInContext) {
    return expertsForAdmin(ctx, { status: args.status ?? undefined, search: args.search?.trim() || undefined }, args);
  }

  @FieldResolver(() => [Offering], { description: 'Offerings: published ones for everyone; all of them for the expert and admins.' })
  offerings(@Root() expert: Expert, @Ctx() ctx: Context) {
    return offeringsOf(ctx, expert);
  }

  @FieldResolver(() => [Category], { description: 'Categories the expert helps in.' })
  async categories(@Root() expert: Expert, @Ctx() ctx: Context) {
    const ids = await categoryIdsOf(ctx, expert);
    return (await Promise.all(ids.map((id) => categoryById(ctx, id)))).filter((c) => c !== null);
  }

  @SignedIn('ADMIN')
  @Mutation(() => ExpertResult, { description: 'Hide an expert and their offerings, with a reason. Admins only.' })
  suspendExpert(@Arg('input', () => ExpertModerationInput) input: ExpertModerationInput, @Ctx() ctx: SignedInContext) {
    return setExpertStatus(ctx, input, 'SUSPENDED');
  }

  @SignedIn('ADMIN')
  @Mutation(() => ExpertResult, { description: 'Make a suspended expert visible again. Admins only.' })
  reinstateExpert(@Arg('input', () => ExpertModerationInput) input: ExpertModerationInput, @Ctx() ctx: SignedInContext) {
    return setExpertStatus(ctx, input, 'ACTIVE');
  }
}

@Resolver(() => Offering)
export class OfferingResolver {
  @Public()
  @PartnerScope('CATALOG_READ')
  @Query(() => Offering, {
    nullable: true,
    description: 'A published offering by its expert’s and its own URL names. Partner keys: CATALOG_READ.',
  })
  offering(@Arg('expertSlug', () => String) expertSlug: string, @Arg('slug', () => String) slug: string, @Ctx() ctx: Context) {
    return offeringBySlugs(ctx, expertSlug, slug);
  }

  @FieldResolver(() => Expert, { description: 'The expert who offers it.' })
  async expert(@Root() offering: Offering, @Ctx() ctx: Context) {
    return expertById(ctx, offering.expertId);
  }

  @FieldResolver(() => Category, { nullable: true, description: 'Its category.' })
  category(@Root() offering: Offering, @Ctx() ctx: Context) {
    return categoryById(ctx, offering.categoryId);
  }

  @SignedIn('ADMIN')
  @Mutation(() => OfferingResult, { description: 'Hide an offering, with a reason. Admins only.' })
  unpublishOffering(@Arg('input', () => OfferingModerationInput) input: OfferingModerationInput, @Ctx() ctx: SignedInContext) {
    return setOfferingStatus(ctx, input, 'UNPUBLISHED');
  }

  @SignedIn('ADMIN')
  @Mutation(() => OfferingResult, { description: 'Make an unpublished offering visible again. Admins only.' })
  republishOffering(@Arg('input', () => OfferingModerationInput) input: OfferingModerationInput, @Ctx() ctx: SignedInContext) {
    return setOfferingStatus(ctx, input, 'PUBLISHED');
  }
}

@Resolver(() => Category)
export class CategoryExpertsResolver {
  @FieldResolver(() => ExpertConnection, {
    description: 'Active experts in this category or its sub-categories, most recently approved first.',
  })
  experts(@Root() category: Category, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    return expertsInCategory(ctx, category.id, args);
  }
}
