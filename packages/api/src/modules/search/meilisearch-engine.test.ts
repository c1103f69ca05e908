/**
 * No Meilisearch server can run on these machines, so the adapter's requests are asserted here through the official
 * client's `httpClient` option; the contract suite runs against a live server whenever MEILI_HOST is set.
 */
import { describe, expect, it } from 'vitest';
import { MeilisearchEngine, meiliSettings } from './meilisearch-engine';
import { fixtures, ids } from './search.contract';
import { highlightStart, highlightEnd } from './search.port';

interface Recorded {
  method: string;
  path: string;
  body: unknown;
}

/** A stand-in for the HTTP layer: records requests, answers tasks as succeeded, and answers searches from `reply`. */
function recordingClient(reply: (request: Recorded) => unknown = () => ({})) {
  const requests: Recorded[] = [];
  let taskUid = 0;
  const httpClient = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    const request = { method: init?.method ?? 'GET', path: url.pathname, body: init?.body ? JSON.parse(String(init.body)) : undefined };
    requests.push(request);
    if (request.path.startsWith('/tasks/')) return { uid: Number(request.path.split('/')[2]), status: 'succeeded', type: 'x' };
    if (request.method !== 'GET' && !request.path.endsWith('/search'))
      return { taskUid: ++taskUid, status: 'enqueued', type: 'x', enqueuedAt: new Date().toISOString() };
    return reply(request);
  };
  return { requests, httpClient };
}

describe('the Meilisearch adapter', () => {
  it('creates the index and applies every setting at startup, idempotently', async () => {
    const { requests, httpClient } = recordingClient();
    const engine = await MeilisearchEngine.connect({ host: 'http://meili.test:7700', httpClient });
    await engine.ensureReady();
    const writes = requests.filter((r) => r.method !== 'GET');
    expect(writes).toEqual([
      { method: 'POST', path: '/indexes', body: { uid: 'experts', primaryKey: 'id' } },
      { method: 'PATCH', path: '/indexes/experts/settings', body: meiliSettings },
    ]);
    expect(meiliSettings.synonyms.guitare).toEqual(['guitar']);
    expect(meiliSettings.stopWords).toEqual(expect.arrayContaining(['the', 'les', 'des']));
    expect(meiliSettings.typoTolerance.minWordSizeForTypos).toEqual({ oneTypo: 4, twoTypos: 8 });
  });

  it('sends filters, sort and facets, and maps hits, highlights and facet counts back', async () => {
    const { requests, httpClient } = recordingClient(() => ({
      hits: [
        {
          id: fixtures[0]!.id,
          _formatted: {
            displayName: 'Claire Fontaine',
            headline: `Professeure de ${highlightStart}guitare${highlightEnd}`,
            bio: 'J’enseigne…',
          },
        },
      ],
      estimatedTotalHits: 7,
      facetDistribution: { categoryIds: { [ids.music]: 7 }, languages: { fr: 5, en: 2 } },
      processingTimeMs: 1,
      query: 'guitare',
      limit: 5,
      offset: 10,
    }));
    const engine = await MeilisearchEngine.connect({ host: 'http://meili.test:7700', httpClient });
    const page = await engine.search({
      text: 'guitare',
      categoryId: ids.music,
      language: 'fr',
      priceModel: 'PER_MINUTE',
      maxPrice: { amountMinor: 3000, currency: 'EUR' },
      minRating: 4,
      availableNow: true,
      sort: 'PRICE',
      priceCurrency: 'EUR',
      offset: 10,
      limit: 5,
    });
    const search = requests.find((r) => r.path === '/indexes/experts/search')!;
    expect(search.method).toBe('POST');
    expect(search.body).toMatchObject({
      q: 'guitare',
      filter: [
        `categoryIds = "${ids.music}"`,
        'languages = "fr"',
        'priceModels = "PER_MINUTE"',
        'bookingPricesByModel.PER_MINUTE.EUR <= 3000', // the same offering is per-minute and within the maximum
        'rating >= 4',
        'availableNow = true',
      ],
      sort: ['bookingPricesByModel.PER_MINUTE.EUR:asc'],
      facets: ['categoryIds', 'languages'],
      offset: 10,
      limit: 5,
      highlightPreTag: highlightStart,
      highlightPostTag: highlightEnd,
    });
    expect(page).toEqual({
      hits: [
        {
          id: fixtures[0]!.id,
          highlights: {
            displayName: 'Claire Fontaine',
            headline: `Professeure de ${highlightStart}guitare${highlightEnd}`,
            snippet: 'J’enseigne…',
          },
        },
      ],
      total: 7,
      totalIsEstimate: false,
      facets: { categories: { [ids.music]: 7 }, languages: { fr: 5, en: 2 } },
      correctedQuery: null,
    });
  });

  it('tells what a typo was read as, from the words the hits matched', async () => {
    const { httpClient } = recordingClient(() => ({
      hits: [
        {
          id: fixtures[2]!.id,
          _formatted: {
            displayName: 'Amelia Patel',
            headline: `Software engineer teaching ${highlightStart}Pyth${highlightEnd}on and JavaScript`,
            skills: [`${highlightStart}python${highlightEnd}`, 'javascript', `${highlightStart}debugging${highlightEnd}`],
          },
        },
      ],
      estimatedTotalHits: 1,
      processingTimeMs: 1,
      query: 'pyhton debugging',
      limit: 20,
      offset: 0,
    }));
    const engine = await MeilisearchEngine.connect({ host: 'http://meili.test:7700', httpClient });
    const page = await engine.search({ text: 'Pyhton debugging', sort: 'RELEVANCE', offset: 0, limit: 20 });
    expect(page.correctedQuery).toBe('python debugging');
  });

  it('keeps free offerings under a maximum price unless a paid model is asked for', async () => {
    const { requests, httpClient } = recordingClient(() => ({
      hits: [],
      estimatedTotalHits: 0,
      processingTimeMs: 1,
      query: '',
      limit: 20,
      offset: 0,
    }));
    const engine = await MeilisearchEngine.connect({ host: 'http://meili.test:7700', httpClient });
    const maxPrice = { amountMinor: 2000, currency: 'USD' };
    for (const priceModel of [undefined, 'FREE', 'PER_SESSION'] as const)
      await engine.search({ text: '', priceModel, maxPrice, sort: 'PRICE', priceCurrency: 'USD', offset: 0, limit: 20 });
    const sent = requests.filter((r) => r.path === '/indexes/experts/search').map((r) => r.body as { filter: string[]; sort: string[] });
    expect(sent.map((b) => b.filter)).toEqual([
      ['(hasFreeOffering = true OR bookingPrices.USD <= 2000)'],
      ['priceModels = "FREE"'],
      ['priceModels = "PER_SESSION"', 'bookingPricesByModel.PER_SESSION.USD <= 2000'],
    ]);
    expect(sent.map((b) => b.sort)).toEqual([
      ['hasFreeOffering:desc', 'bookingPrices.USD:asc'],
      ['hasFreeOffering:desc', 'bookingPrices.USD:asc'],
      ['bookingPricesByModel.PER_SESSION.USD:asc'],
    ]);
  });

  it('calls totals above the exact-count threshold estimates, as estimatedTotalHits is', async () => {
    const { httpClient } = recordingClient(() => ({
      hits: [],
      estimatedTotalHits: 12_400,
      processingTimeMs: 1,
      query: 'cours',
      limit: 20,
      offset: 0,
    }));
    const engine = await MeilisearchEngine.connect({ host: 'http://meili.test:7700', httpClient }, { exactCountUpTo: 1000 });
    expect(await engine.search({ text: 'cours', sort: 'RELEVANCE', offset: 0, limit: 20 })).toMatchObject({
      total: 12_400,
      totalIsEstimate: true,
    });
  });

  it('asks for no facet counts when none are wanted', async () => {
    const { requests, httpClient } = recordingClient(() => ({
      hits: [],
      estimatedTotalHits: 0,
      processingTimeMs: 1,
      query: 'x',
      limit: 20,
      offset: 20,
    }));
    const engine = await MeilisearchEngine.connect({ host: 'http://meili.test:7700', httpClient });
    await engine.search({ text: 'x', sort: 'RELEVANCE', offset: 20, limit: 20, facets: false });
    expect(requests.find((r) => r.path === '/indexes/experts/search')?.body).toMatchObject({ facets: [], offset: 20 });
  });

  it('indexes documents with sortable timestamps, and removes them by id', async () => {
    const { requests, httpClient } = recordingClient();
    const engine = await MeilisearchEngine.connect({ host: 'http://meili.test:7700', httpClient });
    await engine.upsert([fixtures[0]!]);
    await engine.remove([fixtures[0]!.id]);
    const [add, remove] = requests.filter((r) => r.method === 'POST');
    expect(add).toMatchObject({
      path: '/indexes/experts/documents',
      body: [{ id: fixtures[0]!.id, approvedAt: fixtures[0]!.approvedAt.getTime() }],
    });
    expect(remove).toMatchObject({ path: '/indexes/experts/documents/delete-batch', body: [fixtures[0]!.id] });
  });

  it('reports itself unhealthy when the server cannot be reached', async () => {
    const engine = await MeilisearchEngine.connect({
      host: 'http://meili.test:7700',
      httpClient: async () => {
        throw new TypeError('fetch failed');
      },
    });
    expect(await engine.isHealthy()).toBe(false);
  });
});
