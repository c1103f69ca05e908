/**
 * What the PostgreSQL engine does with words the contract leaves open: a query made only of words that are stop words
 * in both English and French ("on"), dropped while building the tsquery in SQL, searches as if nothing was
 * typed, rather than finding nobody.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectDatabase, type DbHandle } from '../../platform/db/client';
import { createTestDatabase } from '../../../test/postgres-for-tests';
import { PostgresSearchEngine } from './postgres-engine';
import { fixtures } from './search.contract';

let database: DbHandle;
let engine: PostgresSearchEngine;
beforeAll(async () => {
  database = connectDatabase(await createTestDatabase(inject('adminDatabaseUrl')), 3);
  engine = new PostgresSearchEngine(database.db);
  await engine.upsert(fixtures);
});
afterAll(() => database.close());

describe('words the index ignores', () => {
  it('searches "on" as if nothing was typed, with the same filters', async () => {
    const everyone = await engine.search({ text: '', sort: 'RATING', offset: 0, limit: 50 });
    expect(everyone.total).toBe(fixtures.length);
    for (const text of ['on', 'On ON']) {
      const page = await engine.search({ text, sort: 'RATING', offset: 0, limit: 50 });
      expect(
        page.hits.map((h) => h.id),
        text,
      ).toEqual(everyone.hits.map((h) => h.id));
    }
    const french = await engine.search({ text: 'on', language: 'fr', sort: 'RATING', offset: 0, limit: 50 });
    expect(french.total).toBeGreaterThan(0);
    expect(french.total).toBeLessThan(fixtures.length);
  });

  it('still finds an expert when stop words surround the words that matter', async () => {
    const page = await engine.search({ text: 'on guitar teachers', sort: 'RELEVANCE', offset: 0, limit: 10 });
    expect(page.hits.length).toBeGreaterThan(0);
    expect(page.hits.map((h) => fixtures.find((f) => f.id === h.id)!.displayName)).toContain('James Walker');
  });
});
