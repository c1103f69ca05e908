import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root, createUnionType } from 'type-graphql';
import { selectsField } from '../../platform/graphql/selection';
import type { Context } from '../../platform/context';
import { PartnerScope, Public } from '../../platform/graphql/access';
import { InvalidInputError } from '../../platform/graphql/domain-error';
import { availableNow } from '../availability/presence.service';
import { searchExperts, searchSuggestions } from './search.service';
import { ExpertSearchConnection, ExpertSearchHit, SearchExpertsInput, SearchSuggestion } from './search.types';

const SearchExpertsResult = createUnionType({
  name: 'SearchExpertsResult',
  description: 'Results, or the input fields that could not be understood.',
  types: () => [ExpertSearchConnection, InvalidInputError] as const,
});

@Resolver()
export class SearchResolver {
  @Public()
  @PartnerScope('SEARCH')
  @Query(() => SearchExpertsResult, {
    description: 'Find experts by free text, filters and order, with facet counts and highlights. Partner keys: SEARCH.',
  })
  searchExperts(
    @Arg('input', () => SearchExpertsInput) input: SearchExpertsInput,
    @Arg('first', () => Int, { nullable: true, description: 'How many results (1 to 100, default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Results after this cursor.' }) after: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return searchExperts(ctx, input, { first, after }, selectsField(info, 'facets'));
  }

  @Public()
  @PartnerScope('SEARCH')
  @Query(() => [SearchSuggestion], { description: 'Experts matching what has been typed so far, for suggestions. Partner keys: SEARCH.' })
  searchSuggestions(
    @Arg('prefix', () => String, { description: 'The text typed so far.' }) prefix: string,
    @Arg('limit', () => Int, { nullable: true, description: 'How many (1 to 10, default 5).' }) limit: number | null,
    @Ctx() ctx: Context,
  ) {
    return searchSuggestions(ctx, prefix, limit ?? 5);
  }
}

@Resolver(() => ExpertSearchHit)
export class ExpertSearchHitResolver {
  /** Live, like `Expert.availableNow`: the index's copy only serves the `availableNow` filter. */
  @FieldResolver(() => Boolean, {
    description: 'Whether the expert can help right now (otherwise, schedule a session); live: `expertPresenceChanged`.',
  })
  availableNow(@Root() hit: ExpertSearchHit, @Ctx() ctx: Context) {
    return availableNow(ctx, hit.expert.id);
  }
}
