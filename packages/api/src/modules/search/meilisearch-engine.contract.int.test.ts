/**
 * The contract suite against a live Meilisearch. It runs whenever MEILI_HOST is set (see the README); without it
 * these tests are reported as skipped, and meilisearch-engine.test.ts still checks every request the adapter sends.
 */
import { describe } from 'vitest';
import { MeilisearchEngine } from './meilisearch-engine';
import { searchEngineContract } from './search.contract';

const host = process.env.MEILI_HOST;

describe.runIf(host)('live Meilisearch (MEILI_HOST)', () => {
  searchEngineContract(`Meilisearch at ${host}`, ({ exactCountUpTo }) =>
    MeilisearchEngine.connect({ host: host!, apiKey: process.env.MEILI_API_KEY }, { exactCountUpTo }),
  );
});
