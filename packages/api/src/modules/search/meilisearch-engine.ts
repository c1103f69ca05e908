/**
 * The Meilisearch adapter, on the official client. Index settings are applied idempotently at startup; every write
 * waits for its task, so a search right after indexing sees the change.
 */
import type { Config as MeiliConfig, Index, Meilisearch, SearchParams } from 'meilisearch' with { 'resolution-mode': 'import' };
import {
  highlightEnd,
  highlightStart,
  type ExpertDocument,
  type SearchEngine,
  type SearchQuery,
  type SearchResultPage,
  type Suggestion,
} from './search.port';
import { stopWords } from './stop-words';
import { synonymGroupOf } from './synonyms';
import { correctedQuery, highlightedWords } from './typo-correction';

export const meiliIndexName = 'experts';

type MeiliDocument = Omit<ExpertDocument, 'approvedAt'> & { approvedAt: number };

export const meiliSettings = {
  searchableAttributes: ['displayName', 'headline', 'skills', 'offeringTitles', 'bio', 'offeringDescriptions'],
  filterableAttributes: [
    'categoryIds',
    'languages',
    'priceModels',
    'bookingPrices',
    'bookingPricesByModel',
    'hasFreeOffering',
    'rating',
    'availableNow',
  ],
  sortableAttributes: ['rating', 'reviewCount', 'approvedAt', 'bookingPrices', 'bookingPricesByModel', 'hasFreeOffering'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness', 'rating:desc'],
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  synonyms: Object.fromEntries(Object.entries(synonymGroupOf).map(([word, group]) => [word, group.filter((w) => w !== word)])),
  stopWords: [...stopWords.en, ...stopWords.fr],
  faceting: { maxValuesPerFacet: 200 },
  pagination: { maxTotalHits: 10_000 },
};

const quoted = (value: string) => JSON.stringify(value);
const currencyPattern = /^[A-Z]{3}$/;

export function meiliFilter(query: SearchQuery): string[] {
  const filter: string[] = [];
  if (query.categoryId) filter.push(`categoryIds = ${quoted(query.categoryId)}`);
  if (query.language) filter.push(`languages = ${quoted(query.language)}`);
  if (query.priceModel) filter.push(`priceModels = ${quoted(query.priceModel)}`);
  if (query.maxPrice && currencyPattern.test(query.maxPrice.currency)) {
    const { currency } = query.maxPrice;
    const amount = Math.floor(query.maxPrice.amountMinor);
    // One offering meets both filters: with a paid model, its cheapest offering in the currency; a free one costs nothing.
    if (query.priceModel === 'PER_SESSION' || query.priceModel === 'PER_MINUTE') {
      filter.push(`bookingPricesByModel.${query.priceModel}.${currency} <= ${amount}`);
    } else if (query.priceModel !== 'FREE') {
      filter.push(`(hasFreeOffering = true OR bookingPrices.${currency} <= ${amount})`);
    }
  }
  if (query.minRating !== undefined) filter.push(`rating >= ${Number(query.minRating)}`);
  if (query.availableNow) filter.push('availableNow = true');
  return filter;
}

export function meiliSort(query: SearchQuery): string[] {
  if (query.sort === 'RATING') return ['rating:desc', 'reviewCount:desc'];
  if (query.sort === 'PRICE' && query.priceCurrency && currencyPattern.test(query.priceCurrency)) {
    if (query.priceModel === 'PER_SESSION' || query.priceModel === 'PER_MINUTE')
      return [`bookingPricesByModel.${query.priceModel}.${query.priceCurrency}:asc`];
    return ['hasFreeOffering:desc', `bookingPrices.${query.priceCurrency}:asc`];
  }
  return [];
}

export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;

  private constructor(
    private readonly client: Meilisearch,
    private readonly index: Index<MeiliDocument>,
    private readonly exactCountUpTo: number,
  ) {}

  /**
   * `exactCountUpTo`: Meilisearch only promises an `estimatedTotalHits`; the API's promise (exact up to this many,
   * perhaps estimated above) is kept by calling totals above it estimates.
   */
  static async connect(config: MeiliConfig, { exactCountUpTo = 1000 }: { exactCountUpTo?: number } = {}): Promise<MeilisearchEngine> {
    const { Meilisearch } = await import('meilisearch');
    const client = new Meilisearch({ timeout: 5000, ...config });
    return new MeilisearchEngine(client, client.index<MeiliDocument>(meiliIndexName), exactCountUpTo);
  }

  async ensureReady(): Promise<void> {
    await this.client.createIndex(meiliIndexName, { primaryKey: 'id' }).waitTask();
    await this.index.updateSettings(meiliSettings).waitTask();
  }

  async upsert(documents: ExpertDocument[]): Promise<void> {
    if (!documents.length) return;
    const task = await this.index.addDocuments(documents.map((d) => ({ ...d, approvedAt: d.approvedAt.getTime() }))).waitTask();
    if (task.status === 'failed') throw new Error(`Meilisearch could not index: ${task.error?.message}`);
  }

  async remove(expertIds: string[]): Promise<void> {
    if (expertIds.length) await this.index.deleteDocuments(expertIds).waitTask();
  }

  async removeAll(): Promise<void> {
    await this.index.deleteAllDocuments().waitTask();
  }

  async search(query: SearchQuery): Promise<SearchResultPage> {
    const params: SearchParams = {
      filter: meiliFilter(query),
      sort: meiliSort(query),
      facets: query.facets === false ? [] : ['categoryIds', 'languages'],
      offset: query.offset,
      limit: query.limit,
      attributesToRetrieve: ['id'],
      // Every searchable attribute, so that the words matched tell what a typo was read as (typo-correction.ts).
      attributesToHighlight: meiliSettings.searchableAttributes,
      attributesToCrop: ['bio'],
      cropLength: 24,
      highlightPreTag: highlightStart,
      highlightPostTag: highlightEnd,
    };
    const result = await this.index.search(query.text, params);
    const total = result.estimatedTotalHits ?? result.hits.length;
    const matched = highlightedWords(
      result.hits.flatMap((hit) =>
        Object.values(hit._formatted ?? {})
          .flat()
          .map(String),
      ),
    );
    return {
      hits: result.hits.map((hit) => ({
        id: hit.id,
        highlights: {
          displayName: String(hit._formatted?.displayName ?? ''),
          headline: String(hit._formatted?.headline ?? ''),
          snippet: String(hit._formatted?.bio ?? ''),
        },
      })),
      total,
      totalIsEstimate: total > this.exactCountUpTo,
      facets: {
        categories: result.facetDistribution?.categoryIds ?? {},
        languages: result.facetDistribution?.languages ?? {},
      },
      correctedQuery: correctedQuery(query.text, matched),
    };
  }

  async suggest(prefix: string, limit: number): Promise<Suggestion[]> {
    if (!prefix.trim()) return [];
    const result = await this.index.search(prefix, { limit, attributesToRetrieve: ['id', 'slug', 'displayName', 'headline'] });
    return result.hits.map((hit) => ({ id: hit.id, slug: hit.slug, displayName: hit.displayName, headline: hit.headline }));
  }

  async isHealthy(): Promise<boolean> {
    try {
      return (await this.client.health()).status === 'available';
    } catch {
      return false;
    }
  }
}
