import { sql } from 'drizzle-orm';
import { boolean, customType, index, integer, jsonb, pgTable, real, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../../platform/db/columns';
import type { BookingPricesByModel } from './search.port';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * The PostgreSQL engine's index: one row per active expert. `document` weighs the name, headline and skills (A)
 * over offering titles (B) over bio and descriptions (C), stemmed in English and in French, accents removed.
 */
export const searchDocuments = pgTable(
  'search_documents',
  {
    expertId: uuid('expert_id').primaryKey(),
    slug: text('slug').notNull(),
    displayName: text('display_name').notNull(),
    headline: text('headline').notNull(),
    bio: text('bio').notNull(),
    skills: text('skills').array().notNull(),
    offeringTitles: text('offering_titles').array().notNull(),
    offeringDescriptions: text('offering_descriptions').array().notNull(),
    categoryIds: uuid('category_ids').array().notNull(),
    languages: text('languages').array().notNull(),
    priceModels: text('price_models').array().notNull(),
    bookingPrices: jsonb('booking_prices').$type<Record<string, number>>().notNull(),
    /** `{"PER_SESSION": {"USD": 1800}}`: so that a price model and a maximum price apply to the same offering. */
    bookingPricesByModel: jsonb('booking_prices_by_model').$type<BookingPricesByModel>().notNull().default({}),
    hasFreeOffering: boolean('has_free_offering').notNull(),
    rating: real('rating'),
    reviewCount: integer('review_count').notNull().default(0),
    availableNow: boolean('available_now').notNull().default(false),
    approvedAt: instant('approved_at').notNull(),
    document: tsvector('document').notNull(),
    /**
     * Coarse "best rated first": higher for a better rating, then for more reviews (in powers of two), 0 without a
     * rating. It never increases along the RATING order, so the best-rated matches of a common word are among those
     * above some band, and the text index can skip the rest (postgres-search.page.ts).
     */
    bestRatedBand: smallint('best_rated_band')
      .notNull()
      .generatedAlwaysAs(
        sql`case when rating is null then 0 else 1 + round(rating * 10)::int * 16 + least(15, floor(log(2, review_count + 1)))::int end`,
      ),
  },
  (t) => [
    // The text and the band in one index (btree_gin), so "these words, band at least N" is answered inside the index.
    index('search_documents_document_band_idx').using('gin', t.document, t.bestRatedBand),
    index('search_documents_category_ids_idx').using('gin', t.categoryIds),
    index('search_documents_languages_idx').using('gin', t.languages),
    // "Best rated first" (postgres-search.page.ts): RATING order, and the matches RELEVANCE ranks by text.
    index('search_documents_best_rated_idx').on(t.rating.desc().nullsLast(), t.reviewCount.desc(), t.approvedAt.desc(), t.expertId),
  ],
);

/** Every word the index holds, accent-free and lower-case: the vocabulary typos are corrected against. */
export const searchTerms = pgTable('search_terms', { term: text('term').primaryKey() });

/**
 * Experts whose search entry must be refreshed, written in the same transaction as the change. A job drains it;
 * if the engine is down, rows stay until it is back, so no update is lost.
 */
export const searchPending = pgTable('search_pending', {
  expertId: uuid('expert_id').primaryKey(),
  queuedAt: instant('queued_at').notNull().defaultNow(),
});
