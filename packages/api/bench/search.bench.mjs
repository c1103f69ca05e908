/**
 * `pnpm bench search`: `searchExperts` through GraphQL at a fixed request rate over 100,000 experts, for a mix of
 * queries (one word, two words, a typo, filtered by category and price, a category by rating), against the same engine
 * queries run directly. Totals above 1,000 are estimates (see modules/search/search-estimate.ts). Then the most each
 * case sustains through GraphQL, with 10 clients sending back to back.
 * Target for the PostgreSQL engine on 2 cores: p95 under 50 ms at 100 req/s.
 */
import { measure, measureAtRate, printTable, startServers } from './harness.mjs';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const rate = Number(process.env.BENCH_RATE ?? 100);
const servers = await startServers('search');
try {
  const { apiUrl, bareUrl, documents, seedSeconds, categoryIds } = servers;
  console.log(
    `Search benchmark: ${documents} experts indexed (seeded in ${seedSeconds.toFixed(0)} s), ${rate} req/s for ${seconds} s per case.`,
  );
  const mix = [
    { name: 'one word', input: { query: 'guitar' } },
    { name: 'two words', input: { query: 'python debugging' } },
    { name: 'typo', input: { query: 'pyhton' } },
    { name: 'category + max price', input: { query: 'cours', categoryId: categoryIds.music, maxPrice: { amount: '40', currency: 'EUR' } } },
    { name: 'category, by rating', input: { categoryId: categoryIds.cooking, sort: 'RATING' } },
  ];
  const engineQuery = (input) => ({
    text: input.query ?? '',
    categoryId: input.categoryId,
    maxPrice: input.maxPrice ? { amountMinor: Number(input.maxPrice.amount) * 100, currency: input.maxPrice.currency } : undefined,
    sort: input.sort ?? 'RELEVANCE',
    offset: 0,
    limit: 20,
  });
  const gqlBody = (input) =>
    JSON.stringify({
      query: `query($input: SearchExpertsInput!) { searchExperts(input: $input, first: 20) { __typename ... on ExpertSearchConnection { totalCount totalIsEstimate edges { node { availableNow expert { id slug displayName headline } highlights { headline { text match } } } } facets { categories { count category { id } } languages { language count } } } } }`,
      variables: { input },
    });
  const check = await (
    await fetch(`${apiUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: gqlBody(mix[2].input) })
  ).json();
  if (!(check.data?.searchExperts?.totalCount > 0)) throw new Error(`the typo query found nothing: ${JSON.stringify(check).slice(0, 300)}`);

  const rows = [];
  const capacity = [];
  for (const { name, input } of mix) {
    const { data } = await (
      await fetch(`${apiUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: gqlBody(input) })
    ).json();
    console.log(`${name}: ${data.searchExperts.totalIsEstimate ? 'about ' : ''}${data.searchExperts.totalCount} experts`);
    const direct = await measureAtRate({
      url: `${bareUrl}/search`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(engineQuery(input)),
      seconds,
      rate,
    });
    const graphql = await measureAtRate({
      url: `${apiUrl}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: gqlBody(input),
      seconds,
      rate,
    });
    rows.push({ name: `${name} (engine direct)`, ...direct });
    rows.push({ name: `${name} (GraphQL)`, ...graphql, ratio: `${(graphql.p95 / direct.p95).toFixed(2)}x` });
    capacity.push({
      name,
      ...(await measure({
        url: `${apiUrl}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: gqlBody(input),
        seconds: Math.min(seconds, 5),
        connections: 10,
      })),
    });
  }
  printTable(`searchExperts at ${rate} req/s (ratio = GraphQL p95 ÷ direct p95; target: GraphQL p95 < 50 ms)`, rows);
  printTable('searchExperts through GraphQL, 10 clients back to back: the most each case sustains', capacity);
  const worst = Math.max(...rows.filter((r) => r.name.endsWith('(GraphQL)')).map((r) => r.p95));
  console.log(`\nWorst GraphQL p95: ${worst.toFixed(1)} ms — ${worst < 50 ? 'within' : 'ABOVE'} the 50 ms target.`);
} finally {
  await servers.stop();
}
