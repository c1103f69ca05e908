import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Category } from '../catalog/category.types';
import { Expert } from '../experts/expert.types';
import { PriceModel } from '../experts/offering.types';
import { PageInfo } from '../../platform/graphql/connection';
import type { PriceModelName } from './search.port';

export enum SearchSort {
  RELEVANCE = 'RELEVANCE',
  RATING = 'RATING',
  PRICE = 'PRICE',
}
registerEnumType(SearchSort, {
  name: 'SearchSort',
  description: 'The order of search results.',
  valuesConfig: {
    RELEVANCE: { description: 'Best match first (then best rated).' },
    RATING: { description: 'Best rated first.' },
    PRICE: {
      description:
        'Free offerings first, then the cheapest to book in `currency`; with a paid `priceModel`, the cheapest offering paid that way in `currency`.',
    },
  },
});

@InputType({ description: 'A maximum price in one currency.' })
export class MaxPriceInput {
  @Field(() => String, { description: 'Decimal amount, e.g. "30" or "29.90".' })
  amount!: string;

  @Field(() => String, { description: 'ISO 4217 currency code.' })
  currency!: string;
}

@InputType({ description: 'What to search for, and how to narrow and order it.' })
export class SearchExpertsInput {
  @Field(() => String, { nullable: true, description: 'Free text, in any language; accents and small typos are forgiven.' })
  query?: string;

  @Field(() => ID, { nullable: true, description: 'Only experts in this category or one of its sub-categories.' })
  categoryId?: string;

  @Field(() => String, { nullable: true, description: 'Only experts who speak this language (ISO 639 code).' })
  language?: string;

  @Field(() => PriceModel, { nullable: true, description: 'Only experts with an offering paid this way.' })
  priceModel?: PriceModelName;

  @Field(() => MaxPriceInput, {
    nullable: true,
    description:
      'Only experts with an offering that costs at most this to book (a session, or the minimum minutes), priced in this currency: other currencies are not converted, and a free offering costs nothing. With `priceModel`, one offering must meet both: paid that way and within this price.',
  })
  maxPrice?: MaxPriceInput;

  @Field(() => Int, { nullable: true, description: 'Only experts rated at least this (1 to 5).' })
  minRating?: number;

  @Field(() => Boolean, { nullable: true, description: 'Only experts available now.' })
  availableNow?: boolean;

  @Field(() => SearchSort, { nullable: true, description: 'Order of results (default RELEVANCE).' })
  sort?: SearchSort;

  @Field(() => String, { nullable: true, description: 'Currency for PRICE order (default: maxPrice’s currency).' })
  currency?: string;
}

@ObjectType({ description: 'A run of text; `match` runs are what the query matched.' })
export class TextSegment {
  @Field(() => String, { description: 'The text.' })
  text!: string;

  @Field(() => Boolean, { description: 'Whether the query matched this run.' })
  match!: boolean;
}

@ObjectType({ description: 'Parts of an expert’s profile with the query’s matches marked.' })
export class SearchHighlights {
  @Field(() => [TextSegment], { description: 'The name.' })
  displayName!: TextSegment[];

  @Field(() => [TextSegment], { description: 'The headline.' })
  headline!: TextSegment[];

  @Field(() => [TextSegment], { description: 'A short extract of the bio around the matches.' })
  snippet!: TextSegment[];
}

@ObjectType({ description: 'One expert found.' })
export class ExpertSearchHit {
  @Field(() => Expert, { description: 'The expert.' })
  expert!: Expert;

  @Field(() => SearchHighlights, { description: 'What matched.' })
  highlights!: SearchHighlights;
}

@ObjectType({ description: 'One result with its cursor.' })
export class ExpertSearchEdge {
  @Field(() => String, { description: 'Opaque cursor of this result.' })
  cursor!: string;

  @Field(() => ExpertSearchHit, { description: 'The result.' })
  node!: ExpertSearchHit;
}

@ObjectType({ description: 'How many results fall in a category.' })
export class CategoryFacet {
  @Field(() => Category, { description: 'The category.' })
  category!: Category;

  @Field(() => Int, { description: 'Matching experts in it.' })
  count!: number;
}

@ObjectType({ description: 'How many results speak a language.' })
export class LanguageFacet {
  @Field(() => String, { description: 'ISO 639 code.' })
  language!: string;

  @Field(() => Int, { description: 'Matching experts who speak it.' })
  count!: number;
}

@ObjectType({ description: 'Counts of the results per category and per language.' })
export class SearchFacets {
  @Field(() => [CategoryFacet], { description: 'Per category (top-level and sub-categories), most first.' })
  categories!: CategoryFacet[];

  @Field(() => [LanguageFacet], { description: 'Per language, most first.' })
  languages!: LanguageFacet[];
}

@ObjectType({ description: 'A page of search results.' })
export class ExpertSearchConnection {
  @Field(() => [ExpertSearchEdge], { description: 'The results of this page.' })
  edges!: ExpertSearchEdge[];

  @Field(() => PageInfo, { description: 'Paging information.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many experts match in all: exact up to 1,000, perhaps an estimate above (see `totalIsEstimate`).' })
  totalCount!: number;

  @Field(() => Boolean, {
    description: 'Whether `totalCount` and the facet counts are estimates (show them as "about"): counts are exact up to 1,000 matches.',
  })
  totalIsEstimate!: boolean;

  @Field(() => SearchFacets, { description: 'Counts per category and language over every match (estimates when `totalIsEstimate`).' })
  facets!: SearchFacets;

  @Field(() => String, {
    nullable: true,
    description:
      'When the query had typos, what the results are for instead: its words, lower-case and without accents, with the corrected ones replaced ("pyhton" gives "python"). Null when nothing was corrected.',
  })
  correctedQuery!: string | null;
}

@ObjectType({ description: 'An expert suggested while typing.' })
export class SearchSuggestion {
  @Field(() => ID, { description: 'The expert’s id.' })
  id!: string;

  @Field(() => String, { description: 'URL name of the expert.' })
  slug!: string;

  @Field(() => String, { description: 'Name.' })
  displayName!: string;

  @Field(() => String, { description: 'Headline.' })
  headline!: string;
}
