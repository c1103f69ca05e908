/**
 * The PostgreSQL engine reads only the best-rated bands of a common word's matches (postgres-search.page.ts). That
 * must never change what users get: every page here is compared with the same search where the sample holds every
 * match, so the engine ranks all of them. Insertion order is table order in a fresh table, which lets the tests place
 * the best-rated experts where the sample does, or does not, see them.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectDatabase, type DbHandle } from '../../platform/db/client';
import { createTestDatabase } from '../../../test/postgres-for-tests';
import { PostgresSearchEngine } from './postgres-engine';
import type { ExpertDocument, SearchQuery } from './search.port';

let database: DbHandle;
beforeAll(async () => {
  database = connectDatabase(await createTestDatabase(inject('adminDatabaseUrl')), 3);
});
afterAll(() => database.close());

const music = '10000000-0000-4000-8000-000000000003';

/** `order` fixes the id, hence the insertion order (the engine inserts by id). */
function cellist(order: number, rating: number | null, reviewCount: number, over: Partial<ExpertDocument> = {}): ExpertDocument {
  return {
    id: `30000000-0000-4000-8000-${String(order).padStart(12, '0')}`,
    slug: `cellist-${order}`,
    displayName: `Cellist ${order}`,
    headline: order % 3 ? 'Cello lessons for every level' : 'Music lessons',
    bio: order % 3 ? 'Patient, practical sessions.' : 'I also teach the cello to beginners.',
    skills: order % 3 ? ['cello'] : [],
    offeringTitles: [],
    offeringDescriptions: [],
    categoryIds: order % 2 ? [music] : [],
    languages: order % 4 ? ['en'] : ['fr'],
    priceModels: ['PER_SESSION'],
    bookingPrices: { EUR: 2000 + order },
    bookingPricesByModel: { PER_SESSION: { EUR: 2000 + order } },
    hasFreeOffering: false,
    rating,
    reviewCount,
    availableNow: order % 5 === 0,
    approvedAt: new Date(Date.UTC(2026, 0, 1, 0, order)),
    ...over,
  };
}

/** Others in the table, so that cello is a common word rather than every document. */
const others = Array.from({ length: 150 }, (_, i) =>
  cellist(10_000 + i, 4, 10, { headline: 'Bread baking at home', bio: 'Sourdough and brioche.', skills: ['baking'] }),
);

/** Reads at most 21 matches before estimating, and ranks 5 candidates: a few hundred cellists are "common". */
const banded = () => new PostgresSearchEngine(database.db, { exactCountUpTo: 20, rankedCandidates: 5 });
/** The same search with every match in the sample: nothing is skipped. */
const reference = () => new PostgresSearchEngine(database.db, { exactCountUpTo: 100_000, rankedCandidates: 5 });

const pages: Partial<SearchQuery>[] = [
  { text: 'cello' },
  { text: 'cello', offset: 10 },
  { text: 'cello', offset: 40, limit: 7 },
  { text: 'cello', sort: 'RATING' },
  { text: 'cello', sort: 'RATING', offset: 25 },
  { text: 'cello lessons' },
  { text: 'cello', categoryId: music },
  { text: 'cello', language: 'fr', minRating: 3 },
  { text: 'cello', availableNow: true },
];

async function expectSameResults() {
  for (const page of pages) {
    const query: SearchQuery = { text: '', sort: 'RELEVANCE', offset: 0, limit: 10, ...page };
    const [fast, full] = await Promise.all([banded().search(query), reference().search(query)]);
    expect(full.totalIsEstimate).toBe(false);
    expect(
      fast.hits.map((h) => h.id),
      JSON.stringify(page),
    ).toEqual(full.hits.map((h) => h.id));
    expect(fast.hits.length).toBeGreaterThan(0);
  }
}

describe('reading only the best-rated bands of a common word', () => {
  it('returns the same pages as ranking every match, when ratings are spread over the table', async () => {
    // Ratings from 1.0 to 5.0 in a scrambled order, review counts from 0 to 199, a tenth without rating.
    const spread = Array.from({ length: 400 }, (_, i) => {
      const scrambled = (i * 37) % 400;
      return cellist(i, scrambled % 10 === 0 ? null : 1 + (scrambled % 41) / 10, scrambled % 200);
    });
    const engine = reference();
    await engine.removeAll();
    await engine.upsert([...spread, ...others]);
    await expectSameResults();
  });

  it('falls back to every match when the sample only saw the best (the bands held fewer than needed)', async () => {
    // The best-rated come first in the table, so the sample's bands promise far more above the floor than there are.
    const bestFirst = Array.from({ length: 400 }, (_, i) => cellist(i, Math.max(1, 5 - i / 100), 400 - i));
    const engine = reference();
    await engine.removeAll();
    await engine.upsert([...bestFirst, ...others]);
    await expectSameResults();
  });

  it('counts a word this common as an estimate, and exactly when every match was read', async () => {
    const [fast, full] = await Promise.all([
      banded().search({ text: 'cello', sort: 'RELEVANCE', offset: 0, limit: 10 }),
      reference().search({ text: 'cello', sort: 'RELEVANCE', offset: 0, limit: 10 }),
    ]);
    expect(full).toMatchObject({ total: 400, totalIsEstimate: false });
    expect(fast.totalIsEstimate).toBe(true);
  });
});
