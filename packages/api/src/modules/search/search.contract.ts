/**
 * The contract every search engine adapter keeps. Run by postgres-engine.contract.int.test.ts always, and by
 * meilisearch-engine.contract.int.test.ts against a live Meilisearch whenever MEILI_HOST is set.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BookingPricesByModel, ExpertDocument, PaidPriceModelName, SearchEngine, SearchQuery, SearchResultPage } from './search.port';
import { highlightStart } from './search.port';

export const ids = {
  cooking: '10000000-0000-4000-8000-000000000001',
  baking: '10000000-0000-4000-8000-000000000002',
  music: '10000000-0000-4000-8000-000000000003',
  guitar: '10000000-0000-4000-8000-000000000004',
  tech: '10000000-0000-4000-8000-000000000005',
  programming: '10000000-0000-4000-8000-000000000006',
};

const base = (id: number, over: Partial<ExpertDocument>): ExpertDocument => ({
  id: `20000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
  slug: `expert-${id}`,
  displayName: `Expert ${id}`,
  headline: 'Helping people',
  bio: 'I help people with practical, patient sessions.',
  skills: [],
  offeringTitles: [],
  offeringDescriptions: [],
  categoryIds: [],
  languages: ['en'],
  priceModels: ['PER_SESSION'],
  bookingPrices: { EUR: 3000 },
  bookingPricesByModel: { PER_SESSION: { EUR: 3000 } },
  hasFreeOffering: false,
  rating: null,
  reviewCount: 0,
  availableNow: false,
  approvedAt: new Date('2026-01-01T00:00:00Z'),
  ...over,
});

export const fixtures: ExpertDocument[] = [
  base(1, {
    displayName: 'Claire Fontaine',
    headline: 'Professeure de guitare pour adultes débutants',
    skills: ['guitare', 'solfège'],
    offeringTitles: ['Vos premiers accords'],
    bio: 'J’enseigne la guitare acoustique depuis douze ans, avec des morceaux que vous aimez.',
    categoryIds: [ids.music, ids.guitar],
    languages: ['fr'],
    bookingPrices: { EUR: 2500 },
    bookingPricesByModel: { PER_SESSION: { EUR: 2500 } },
    rating: 4.8,
    reviewCount: 40,
  }),
  base(2, {
    displayName: 'James Walker',
    headline: 'Guitar teacher: from first chords to fingerstyle',
    skills: ['guitar', 'music theory'],
    offeringTitles: ['Your first guitar chords'],
    categoryIds: [ids.music, ids.guitar],
    languages: ['en', 'fr'],
    priceModels: ['PER_MINUTE', 'FREE'],
    bookingPrices: { USD: 1500 },
    bookingPricesByModel: { PER_MINUTE: { USD: 1500 } },
    hasFreeOffering: true,
    rating: 4.2,
    reviewCount: 12,
    availableNow: true,
  }),
  base(3, {
    displayName: 'Amelia Patel',
    headline: 'Software engineer teaching Python and JavaScript',
    skills: ['python', 'javascript', 'debugging'],
    offeringTitles: ['Python for beginners'],
    offeringDescriptions: ['Write your first Python programs.'],
    categoryIds: [ids.tech, ids.programming],
    bookingPrices: { EUR: 6000, GBP: 5000 },
    bookingPricesByModel: { PER_SESSION: { EUR: 6000, GBP: 5000 } },
    rating: 4.9,
    reviewCount: 80,
  }),
  base(4, {
    displayName: 'Élodie Lefèvre',
    headline: 'Pâtissière : macarons, pain au levain et viennoiseries',
    skills: ['pâtisserie', 'levain'],
    offeringTitles: ['Des macarons réussis'],
    bio: 'Pâtissière à Lyon depuis quinze ans, je vous apprends la meringue et le macaronage.',
    categoryIds: [ids.cooking, ids.baking],
    languages: ['fr'],
    bookingPrices: { EUR: 4000 },
    bookingPricesByModel: { PER_SESSION: { EUR: 4000 } },
    rating: 3.9,
    reviewCount: 5,
  }),
  base(5, {
    displayName: 'Noah Brown',
    headline: 'Home cook: weeknight curries and fresh pasta',
    skills: ['cooking', 'pasta'],
    offeringTitles: ['Fresh pasta night'],
    categoryIds: [ids.cooking],
    priceModels: ['FREE'],
    bookingPrices: {},
    bookingPricesByModel: {},
    hasFreeOffering: true,
  }),
];

const query = (over: Partial<SearchQuery> = {}): SearchQuery => ({ text: '', sort: 'RELEVANCE', offset: 0, limit: 20, ...over });
const names = async (engine: SearchEngine, over: Partial<SearchQuery>) =>
  (await engine.search(query(over))).hits.map((h) => fixtures.find((f) => f.id === h.id)!.displayName);

/** Makes an engine on the index the suite writes to; `exactCountUpTo` is the SEARCH_EXACT_COUNT_UP_TO it gets. */
export type MakeEngine = (options: { exactCountUpTo: number }) => Promise<SearchEngine>;

/** Forty violin teachers, rated from 3.0 up, five of them available now. */
const violinists = Array.from({ length: 40 }, (_, i) =>
  base(100 + i, {
    headline: 'Violin teacher for every level',
    skills: ['violin'],
    categoryIds: i % 2 ? [ids.music] : [],
    languages: i % 4 ? ['en'] : ['fr'],
    rating: 3 + i * 0.05,
    reviewCount: i,
    availableNow: i % 8 === 0,
  }),
);

/** A guitar teacher with these offerings: a free one, and the cheapest per-session and per-minute ones per currency. */
function guitarist(id: number, displayName: string, offerings: BookingPricesByModel & { FREE?: true }): ExpertDocument {
  const { FREE, ...paid } = offerings;
  const bookingPrices: Record<string, number> = {};
  for (const prices of Object.values(paid))
    for (const [currency, amount] of Object.entries(prices)) bookingPrices[currency] = Math.min(bookingPrices[currency] ?? amount, amount);
  return base(id, {
    displayName,
    headline: 'Guitar lessons',
    skills: ['guitar'],
    categoryIds: [ids.music, ids.guitar],
    priceModels: [...(FREE ? (['FREE'] as const) : []), ...(Object.keys(paid) as PaidPriceModelName[])],
    bookingPrices,
    bookingPricesByModel: paid,
    hasFreeOffering: Boolean(FREE),
  });
}

export function searchEngineContract(label: string, makeEngine: MakeEngine) {
  describe(`search engine contract: ${label}`, () => {
    let engine: SearchEngine;

    beforeAll(async () => {
      engine = await makeEngine({ exactCountUpTo: 1000 });
      await engine.ensureReady();
      await engine.removeAll();
      await engine.upsert(fixtures);
    });

    it('finds experts by words of their name, headline, skills and offerings, in English and French', async () => {
      expect(await names(engine, { text: 'python' })).toEqual(['Amelia Patel']);
      expect(await names(engine, { text: 'macarons' })).toEqual(['Élodie Lefèvre']);
      expect(await names(engine, { text: 'fresh pasta' })).toEqual(['Noah Brown']);
      expect(await names(engine, { text: 'Walker' })).toEqual(['James Walker']);
    });

    it('ignores accents and case', async () => {
      expect(await names(engine, { text: 'elodie lefevre' })).toEqual(['Élodie Lefèvre']);
      expect(await names(engine, { text: 'PATISSERIE' })).toEqual(['Élodie Lefèvre']);
    });

    it('finds guitar teachers in either language through synonyms', async () => {
      expect((await names(engine, { text: 'guitare' })).sort()).toEqual(['Claire Fontaine', 'James Walker']);
      expect((await names(engine, { text: 'guitar' })).sort()).toEqual(['Claire Fontaine', 'James Walker']);
    });

    it('forgives typos', async () => {
      expect(await names(engine, { text: 'pyhton' })).toEqual(['Amelia Patel']);
      expect(await names(engine, { text: 'javascrpt' })).toEqual(['Amelia Patel']);
    });

    it('says what a typo was corrected to, and nothing when no word was corrected', async () => {
      expect((await engine.search(query({ text: 'pyhton' }))).correctedQuery).toBe('python');
      expect((await engine.search(query({ text: 'Javascrpt debugging' }))).correctedQuery).toBe('javascript debugging');
      expect((await engine.search(query({ text: 'python' }))).correctedQuery).toBeNull();
      expect((await engine.search(query({ text: 'Pâtisserie' }))).correctedQuery).toBeNull();
      expect((await engine.search(query({ text: 'guitare' }))).correctedQuery).toBeNull(); // a synonym, not a typo
      expect((await engine.search(query({ categoryId: ids.cooking }))).correctedQuery).toBeNull();
    });

    it('filters by category including sub-categories, language, price model, availability and rating', async () => {
      expect((await names(engine, { categoryId: ids.cooking })).sort()).toEqual(['Noah Brown', 'Élodie Lefèvre']);
      expect(await names(engine, { categoryId: ids.baking })).toEqual(['Élodie Lefèvre']);
      expect((await names(engine, { text: 'guitar', language: 'fr' })).sort()).toEqual(['Claire Fontaine', 'James Walker']);
      expect(await names(engine, { text: 'guitar', language: 'en' })).toEqual(['James Walker']);
      expect((await names(engine, { priceModel: 'FREE' })).sort()).toEqual(['James Walker', 'Noah Brown']);
      expect(await names(engine, { availableNow: true })).toEqual(['James Walker']);
      expect((await names(engine, { minRating: 4.5 })).sort()).toEqual(['Amelia Patel', 'Claire Fontaine']);
    });

    it('filters by a maximum price in a currency, keeping free offerings', async () => {
      expect((await names(engine, { maxPrice: { amountMinor: 3000, currency: 'EUR' } })).sort()).toEqual([
        'Claire Fontaine',
        'James Walker',
        'Noah Brown',
      ]);
      expect((await names(engine, { maxPrice: { amountMinor: 5000, currency: 'GBP' } })).sort()).toEqual([
        'Amelia Patel',
        'James Walker',
        'Noah Brown',
      ]);
    });

    it('applies a price model and a maximum price to the same offering, in the chosen currency only', async () => {
      const guitarists = [
        guitarist(301, 'Lena Free', { FREE: true, PER_SESSION: { USD: 3000 } }),
        guitarist(302, 'Marco Session', { PER_SESSION: { USD: 1800 } }),
        guitarist(303, 'Sam Minutes', { PER_SESSION: { USD: 4000 }, PER_MINUTE: { USD: 1000 } }),
        guitarist(304, 'Ines Euro', { PER_SESSION: { EUR: 1500 } }),
      ];
      await engine.upsert(guitarists);
      const named = (page: SearchResultPage) =>
        page.hits.map((h) => [...fixtures, ...guitarists].find((f) => f.id === h.id)!.displayName).sort();
      const search = (over: Partial<SearchQuery>) => engine.search(query({ categoryId: ids.guitar, ...over }));
      const usd20 = { amountMinor: 2000, currency: 'USD' };
      try {
        // /search?q=guitare&category=guitar&price=per-session&max=20&currency=USD
        const perSession = await search({ text: 'guitare', priceModel: 'PER_SESSION', maxPrice: usd20 });
        expect(named(perSession)).toEqual(['Marco Session']);
        expect(perSession).toMatchObject({ total: 1, facets: { categories: { [ids.guitar]: 1, [ids.music]: 1 }, languages: { en: 1 } } });
        expect(named(await search({ priceModel: 'PER_MINUTE', maxPrice: usd20 }))).toEqual(['James Walker', 'Sam Minutes']);
        expect(named(await search({ priceModel: 'FREE', maxPrice: usd20 }))).toEqual(['James Walker', 'Lena Free']);
        expect(named(await search({ maxPrice: usd20 }))).toEqual(['James Walker', 'Lena Free', 'Marco Session', 'Sam Minutes']);
        expect(named(await search({ priceModel: 'PER_SESSION', maxPrice: { amountMinor: 2000, currency: 'EUR' } }))).toEqual(['Ines Euro']);

        const byPrice = await search({ priceModel: 'PER_SESSION', sort: 'PRICE', priceCurrency: 'USD' });
        const order = byPrice.hits.map((h) => guitarists.find((g) => g.id === h.id)?.displayName ?? 'other');
        expect(order.slice(0, 3)).toEqual(['Marco Session', 'Lena Free', 'Sam Minutes']);
      } finally {
        await engine.remove(guitarists.map((g) => g.id));
      }
    });

    it('sorts by rating and by price in a currency', async () => {
      expect(await names(engine, { sort: 'RATING', categoryId: ids.music })).toEqual(['Claire Fontaine', 'James Walker']);
      const byPrice = await names(engine, { sort: 'PRICE', priceCurrency: 'EUR' });
      expect(byPrice.slice(0, 2).sort()).toEqual(['James Walker', 'Noah Brown']);
      expect(byPrice.slice(2)).toEqual(['Claire Fontaine', 'Élodie Lefèvre', 'Amelia Patel']);
    });

    it('counts results per category and language over every match', async () => {
      const page = await engine.search(query({ text: 'guitar', limit: 1 }));
      expect(page.total).toBe(2);
      expect(page.totalIsEstimate).toBe(false);
      expect(page.hits).toHaveLength(1);
      expect(page.facets.categories).toEqual({ [ids.music]: 2, [ids.guitar]: 2 });
      expect(page.facets.languages).toEqual({ fr: 2, en: 1 });
    });

    it('pages without gaps or repeats', async () => {
      const all = (await engine.search(query({ limit: 10 }))).hits.map((h) => h.id);
      const pages = [0, 2, 4].map((offset) => engine.search(query({ offset, limit: 2 })));
      const paged = (await Promise.all(pages)).flatMap((p) => p.hits.map((h) => h.id));
      expect(all).toHaveLength(5);
      expect(paged).toEqual(all);
    });

    it('marks what matched in the highlights', async () => {
      const [hit] = (await engine.search(query({ text: 'python' }))).hits;
      expect(hit?.highlights.headline).toContain(`${highlightStart}Python`);
    });

    it('suggests experts from the first letters typed', async () => {
      const suggestions = await engine.suggest('pyth', 5);
      expect(suggestions.map((s) => s.displayName)).toEqual(['Amelia Patel']);
      expect(suggestions[0]).toMatchObject({ slug: 'expert-3', headline: 'Software engineer teaching Python and JavaScript' });
    });

    it('forgets removed experts, and everything on removeAll', async () => {
      await engine.remove([fixtures[2]!.id]);
      expect(await names(engine, { text: 'python' })).toEqual([]);
      await engine.upsert([fixtures[2]!]);
      expect(await names(engine, { text: 'python' })).toEqual(['Amelia Patel']);
      await engine.removeAll();
      expect((await engine.search(query())).total).toBe(0);
      await engine.upsert(fixtures);
    });

    it('counts exactly up to the threshold, estimates above it, and still pages in order', async () => {
      const small = await makeEngine({ exactCountUpTo: 5 });
      await small.upsert(violinists);
      try {
        const exact = await small.search(query({ text: 'violin', availableNow: true }));
        expect(exact).toMatchObject({ total: 5, totalIsEstimate: false, facets: { languages: { fr: 5 } } });
        expect(await small.search(query({ text: 'guitar' }))).toMatchObject({
          total: 2,
          totalIsEstimate: false,
          facets: { categories: { [ids.music]: 2 } },
        });

        const estimated = await small.search(query({ text: 'violin', sort: 'RATING', limit: 10 }));
        expect(estimated.totalIsEstimate).toBe(true);
        expect(estimated.total).toBeGreaterThanOrEqual(6);
        expect(estimated.total).toBeLessThanOrEqual(200);
        const bestFirst = [...violinists].sort((a, b) => b.rating! - a.rating!).map((v) => v.id);
        expect(estimated.hits.map((h) => h.id)).toEqual(bestFirst.slice(0, 10));
        const next = await small.search(query({ text: 'violin', sort: 'RATING', offset: 10, limit: 10 }));
        expect(next.hits.map((h) => h.id)).toEqual(bestFirst.slice(10, 20));
        const relevant = await small.search(query({ text: 'violin', limit: 10 }));
        expect(relevant.hits.map((h) => h.id)).toEqual(bestFirst.slice(0, 10)); // equally relevant: best rated first
        for (const count of Object.values(estimated.facets.languages)) expect(count).toBeLessThanOrEqual(estimated.total);
        expect(estimated.facets.languages.en).toBeGreaterThan(0);
      } finally {
        await small.remove(violinists.map((v) => v.id));
      }
    });

    it('reports itself healthy', async () => {
      expect(await engine.isHealthy()).toBe(true);
    });
  });
}
