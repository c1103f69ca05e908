/**
 * What /search shows, kept in the URL's query string so a search can be shared and the back button restores it:
 * `?q=python&category=programming&language=fr&price=per-minute&max=30&currency=EUR&available=now&rating=4&sort=price`.
 * Category pages keep only their order there (`?sort=price&currency=EUR`). "Load more" adds `shown=40` (see `readShown`),
 * which any other change drops.
 */
import type { PriceModel, SearchExpertsInput, SearchSort } from '@skillcall/schema';
import { stripeCurrencies } from '../../lib/iso-codes';
import { maxQueryLength } from './search-limits';

export const priceModels: PriceModel[] = ['FREE', 'PER_MINUTE', 'PER_SESSION'];
export const searchSorts: SearchSort[] = ['RELEVANCE', 'PRICE', 'RATING'];
export const minRatings = [4, 3, 2, 1] as const;

export { maxQueryLength } from './search-limits';

export interface SearchState {
  /** Free text, trimmed ('' for none). */
  q: string;
  /** The category's slug. */
  category: string | null;
  /** ISO 639 code. */
  language: string | null;
  priceModel: PriceModel | null;
  /** A decimal amount with a dot ("30", "12.5"), in `currency`. */
  maxPrice: string | null;
  /** ISO 4217 code chosen by the visitor; null: the one of their locale. */
  currency: string | null;
  availableNow: boolean;
  minRating: number | null;
  sort: SearchSort;
}

export const emptySearchState: SearchState = {
  q: '',
  category: null,
  language: null,
  priceModel: null,
  maxPrice: null,
  currency: null,
  availableNow: false,
  minRating: null,
  sort: 'RELEVANCE',
};

const priceParam: Record<PriceModel, string> = { FREE: 'free', PER_MINUTE: 'per-minute', PER_SESSION: 'per-session' };
const sortParam: Record<SearchSort, string> = { RELEVANCE: 'relevance', PRICE: 'price', RATING: 'rating' };

const fromParam = <T extends string>(table: Record<T, string>, value: string | null): T | null =>
  (Object.keys(table) as T[]).find((key) => table[key] === value?.toLowerCase()) ?? null;

/** "30", "12.50": a positive decimal amount with a dot. */
export function isAmount(value: string): boolean {
  return /^\d{1,9}(\.\d{1,3})?$/.test(value);
}

export function isCurrency(value: string): boolean {
  return stripeCurrencies.includes(value);
}

export function readSearchState(params: URLSearchParams): SearchState {
  const maxPrice = params.get('max')?.trim() ?? '';
  const currency = params.get('currency')?.trim().toUpperCase() ?? '';
  const language = params.get('language')?.trim().toLowerCase() ?? '';
  const rating = Number(params.get('rating'));
  return {
    q: params.get('q')?.trim().slice(0, maxQueryLength) ?? '',
    category: params.get('category')?.trim() || null,
    language: /^[a-z]{2,3}$/.test(language) ? language : null,
    priceModel: fromParam(priceParam, params.get('price')),
    maxPrice: isAmount(maxPrice) ? maxPrice : null,
    currency: isCurrency(currency) ? currency : null,
    availableNow: params.get('available') === 'now',
    minRating: Number.isInteger(rating) && rating >= 1 && rating <= 5 ? rating : null,
    sort: fromParam(sortParam, params.get('sort')) ?? 'RELEVANCE',
  };
}

/** The query string for a state; defaults are left out. */
export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.category) params.set('category', state.category);
  if (state.language) params.set('language', state.language);
  if (state.priceModel) params.set('price', priceParam[state.priceModel]);
  if (state.maxPrice) params.set('max', state.maxPrice);
  if (state.currency) params.set('currency', state.currency);
  if (state.availableNow) params.set('available', 'now');
  if (state.minRating) params.set('rating', String(state.minRating));
  if (state.sort !== 'RELEVANCE') params.set('sort', sortParam[state.sort]);
  return params;
}

/**
 * A filter changed: the currency prices are compared in is written down as soon as it matters (a maximum price or
 * the price order), so that a shared link compares in the same currency for everyone.
 */
export function withCurrencyPinned(state: SearchState, defaultCurrency: string): SearchState {
  return state.maxPrice || state.sort === 'PRICE' ? { ...state, currency: state.currency ?? defaultCurrency } : state;
}

/** Whether anything narrows the results besides the text. */
export function hasFilters(state: SearchState): boolean {
  return Boolean(state.category || state.language || state.priceModel || state.maxPrice || state.availableNow || state.minRating);
}

/** The API's input: the category slug already resolved to its id. */
export function searchInput(state: SearchState, categoryId: string | null, defaultCurrency: string): SearchExpertsInput {
  const currency = state.currency ?? defaultCurrency;
  const input: SearchExpertsInput = {};
  if (state.q) input.query = state.q;
  if (categoryId) input.categoryId = categoryId;
  if (state.language) input.language = state.language;
  if (state.priceModel) input.priceModel = state.priceModel;
  if (state.maxPrice) input.maxPrice = { amount: state.maxPrice, currency };
  if (state.availableNow) input.availableNow = true;
  if (state.minRating) input.minRating = state.minRating;
  if (state.sort !== 'RELEVANCE') input.sort = state.sort;
  if (state.sort === 'PRICE') input.currency = currency;
  return input;
}

/** The most results a restored list shows at once (the API's largest page): past it, "Load more" goes on from there. */
export const maxShown = 100;

/**
 * How many results the list showed when the address was written (`?shown=40`): "Load more" keeps it there, so reload,
 * back and forward show the same list. Whole pages of `pageSize`, from one page up to `maxShown`.
 */
export function readShown(params: URLSearchParams, pageSize: number): number {
  const shown = Number(params.get('shown'));
  if (!Number.isInteger(shown) || shown <= pageSize) return pageSize;
  return Math.min(Math.ceil(shown / pageSize) * pageSize, maxShown);
}

/** The address after "Load more": the same search, one more page shown. */
export function withShown(params: URLSearchParams, shown: number): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set('shown', String(Math.min(shown, maxShown)));
  return next;
}
