/** Finding experts: full text with filters, facets and highlights, and suggestions while typing. */
import { z } from 'zod';
import type { Context } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { decodeCursor, encodeCursor, pageSize } from '../../platform/graphql/connection';
import { FieldErrorCode, InvalidInputError, validateInput } from '../../platform/graphql/domain-error';
import { isSupportedCurrency, parseMoney } from '../billing/money';
import { categoryById } from '../catalog/catalog.service';
import { expertById } from '../experts/expert.service';
import type { SearchQuery } from './search.port';
import { ExpertSearchConnection, SearchSort, type SearchExpertsInput } from './search.types';
import { highlightSegments } from './text';

/** Results beyond this offset are not served: narrow the search instead (as Meilisearch's maxTotalHits). */
const maxOffset = 1000;

const inputSchema = z.object({
  query: z.string().max(200, 'Keep the search under 200 characters.').optional(),
  categoryId: z.uuid().optional(),
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'Use an ISO 639 code such as en or fr.')
    .optional(),
  priceModel: z.enum(['FREE', 'PER_MINUTE', 'PER_SESSION']).optional(),
  maxPrice: z.object({ amount: z.string(), currency: z.string() }).optional(),
  minRating: z.number().int().min(1).max(5).optional(),
  availableNow: z.boolean().optional(),
  sort: z.enum(SearchSort).optional(),
  currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'Use an ISO 4217 code such as EUR.')
    .optional(),
});

function offsetOf(after: string | null | undefined): number {
  if (!after) return 0;
  const [offset] = decodeCursor(after, 1);
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0)
    throw new AppError('BAD_USER_INPUT', 'The `after` cursor is not valid for this list.', { field: 'after' });
  return offset;
}

export async function searchExperts(
  ctx: Context,
  input: SearchExpertsInput,
  args: { first?: number | null; after?: string | null },
  wantsFacets = true,
) {
  const valid = validateInput(inputSchema, { ...input });
  if (!valid.ok) return valid.error;
  const data = valid.data;
  let maxPrice: SearchQuery['maxPrice'];
  if (data.maxPrice) {
    const money = parseMoney(data.maxPrice.amount, data.maxPrice.currency);
    if (!money.ok) {
      if (money.reason === 'UNSUPPORTED_CURRENCY')
        return InvalidInputError.field('maxPrice.currency', FieldErrorCode.UNSUPPORTED, 'Stripe does not support this currency.');
      if (money.reason === 'TOO_PRECISE')
        return InvalidInputError.field(
          'maxPrice.amount',
          FieldErrorCode.TOO_PRECISE,
          'This currency cannot express this amount; round it.',
        );
      return InvalidInputError.field('maxPrice.amount', FieldErrorCode.INVALID_FORMAT, 'Enter a price such as 30.');
    }
    maxPrice = money.money;
  }
  const sort = data.sort ?? SearchSort.RELEVANCE;
  const priceCurrency = (data.currency ?? maxPrice?.currency)?.toUpperCase();
  if (sort === SearchSort.PRICE && !priceCurrency) {
    return InvalidInputError.field('currency', FieldErrorCode.REQUIRED, 'Choose the currency to compare prices in.');
  }
  if (priceCurrency && !isSupportedCurrency(priceCurrency)) {
    return InvalidInputError.field('currency', FieldErrorCode.UNSUPPORTED, 'Stripe does not support this currency.');
  }
  const first = pageSize(args.first);
  const offset = offsetOf(args.after);
  if (offset > maxOffset)
    throw new AppError('BAD_USER_INPUT', `Results beyond the first ${maxOffset} are not served; narrow the search.`, { field: 'after' });

  const page = await ctx.adapters.search.search({
    text: data.query?.trim() ?? '',
    categoryId: data.categoryId,
    language: data.language,
    priceModel: data.priceModel,
    maxPrice,
    minRating: data.minRating,
    availableNow: data.availableNow,
    sort,
    priceCurrency,
    offset,
    limit: first,
    facets: wantsFacets,
  });

  // The hits' experts and the facets' categories load together: two queries in flight rather than one after the other.
  const [experts, categoryFacets] = await Promise.all([
    Promise.all(page.hits.map((hit) => expertById(ctx, hit.id))),
    Promise.all(Object.entries(page.facets.categories).map(async ([id, count]) => ({ category: await categoryById(ctx, id), count }))),
  ]);
  const edges = page.hits.flatMap((hit, i) => {
    const expert = experts[i];
    if (!expert) return []; // suspended since it was indexed; the drain job is removing it
    return [
      {
        cursor: encodeCursor([offset + i + 1]),
        node: {
          expert,
          highlights: {
            displayName: highlightSegments(hit.highlights.displayName || expert.displayName),
            headline: highlightSegments(hit.highlights.headline || expert.headline),
            snippet: highlightSegments(hit.highlights.snippet),
          },
        },
      },
    ];
  });
  return Object.assign(new ExpertSearchConnection(), {
    edges,
    totalCount: page.total,
    totalIsEstimate: page.totalIsEstimate,
    correctedQuery: page.correctedQuery,
    pageInfo: {
      hasNextPage: offset + first < Math.min(page.total, maxOffset + first),
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: offset + page.hits.length > offset ? encodeCursor([offset + page.hits.length]) : null,
    },
    facets: {
      categories: categoryFacets.filter((f) => f.category !== null).sort((a, b) => b.count - a.count),
      languages: Object.entries(page.facets.languages)
        .map(([language, count]) => ({ language, count }))
        .sort((a, b) => b.count - a.count),
    },
  });
}

export async function searchSuggestions(ctx: Context, prefix: string, limit: number) {
  if (prefix.length > 100) throw new AppError('BAD_USER_INPUT', 'Keep the prefix under 100 characters.', { field: 'prefix' });
  return ctx.adapters.search.suggest(prefix, Math.min(Math.max(limit, 1), 10));
}
