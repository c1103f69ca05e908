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
        '(hasFreeOffering = true OR bookingPrices.EUR <= 3000)',
        'rating >= 4',
        'availableNow = true',
      ],
      sort: ['hasFreeOffering:desc', 'bookingPrices.EUR:asc'],
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
    });
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
