/**
 * The search port: what the API asks of a search engine, whichever it is. Two adapters implement it — PostgreSQL
 * full-text search (the embedded default) and Meilisearch — and one contract suite holds both to it.
 */
export type PriceModelName = 'FREE' | 'PER_MINUTE' | 'PER_SESSION';
export type PaidPriceModelName = Exclude<PriceModelName, 'FREE'>;
/** Per paid price model, per currency (ISO 4217), the least an offering paid this way costs to book, in minor units. */
export type BookingPricesByModel = Partial<Record<PaidPriceModelName, Record<string, number>>>;

/** What the engine stores about one active expert. */
export interface ExpertDocument {
  id: string;
  slug: string;
  displayName: string;
  headline: string;
  bio: string;
  skills: string[];
  offeringTitles: string[];
  offeringDescriptions: string[];
  /** The expert's categories and their parents, so filtering by "Cooking" finds "Baking" experts. */
  categoryIds: string[];
  languages: string[];
  priceModels: PriceModelName[];
  /** Per currency, the least it costs to book a session: a session price, or a per-minute rate × minimum minutes. */
  bookingPrices: Record<string, number>;
  /** The same, per paid price model: what the cheapest offering paid this way costs to book, per currency. */
  bookingPricesByModel: BookingPricesByModel;
  hasFreeOffering: boolean;
  rating: number | null;
  reviewCount: number;
  availableNow: boolean;
  approvedAt: Date;
}

export type SearchSort = 'RELEVANCE' | 'RATING' | 'PRICE';

export interface SearchQuery {
  text: string;
  categoryId?: string;
  language?: string;
  priceModel?: PriceModelName;
  /**
   * Experts with an offering bookable for at most this much, priced in this currency (other currencies are not
   * converted); a free offering costs nothing. With `priceModel`, the same offering must be paid that way: one
   * offering meets both filters.
   */
  maxPrice?: { amountMinor: number; currency: string };
  minRating?: number;
  availableNow?: boolean;
  sort: SearchSort;
  /**
   * The currency PRICE sorting compares in (free offerings first, then the cheapest in it, then the rest). With a paid
   * `priceModel`, the price of the cheapest offering paid that way.
   */
  priceCurrency?: string;
  offset: number;
  limit: number;
  /** Whether to count results per category and language (a "load more" page does not need it). Default true. */
  facets?: boolean;
}

/** Highlighted text: `\u0002` opens and `\u0003` closes a matched run. */
export interface SearchHit {
  id: string;
  highlights: { displayName: string; headline: string; snippet: string };
}

export interface SearchResultPage {
  hits: SearchHit[];
  /** How many experts match: exact up to the engine's threshold (SEARCH_EXACT_COUNT_UP_TO), possibly estimated above. */
  total: number;
  /** Whether `total` and the facet counts are estimates rather than exact counts. */
  totalIsEstimate: boolean;
  facets: { categories: Record<string, number>; languages: Record<string, number> };
  /**
   * What the engine searched for instead of the text, when it corrected a typo ("pyhton" → "python"): the query's
   * words, lower-case and without accents, with the corrected ones replaced. Null when nothing was corrected.
   */
  correctedQuery: string | null;
}

export interface Suggestion {
  id: string;
  slug: string;
  displayName: string;
  headline: string;
}

export interface SearchEngine {
  readonly name: 'postgres' | 'meilisearch';
  /** Applies index settings; safe to call at every start. */
  ensureReady(): Promise<void>;
  upsert(documents: ExpertDocument[]): Promise<void>;
  remove(expertIds: string[]): Promise<void>;
  removeAll(): Promise<void>;
  search(query: SearchQuery): Promise<SearchResultPage>;
  suggest(prefix: string, limit: number): Promise<Suggestion[]>;
  isHealthy(): Promise<boolean>;
}

export const highlightStart = '\u0002';
export const highlightEnd = '\u0003';
