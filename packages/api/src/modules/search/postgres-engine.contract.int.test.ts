import { afterAll } from 'vitest';
import { inject } from 'vitest';
import { connectDatabase, type DbHandle } from '../../platform/db/client';
import { createTestDatabase } from '../../../test/postgres-for-tests';
import { PostgresSearchEngine } from './postgres-engine';
import { searchEngineContract } from './search.contract';

let database: DbHandle | undefined;
afterAll(() => database?.close());

searchEngineContract('PostgreSQL full-text search', async ({ exactCountUpTo }) => {
  database ??= connectDatabase(await createTestDatabase(inject('adminDatabaseUrl')), 3);
  return new PostgresSearchEngine(database.db, { exactCountUpTo });
});
