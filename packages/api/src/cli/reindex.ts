/** `pnpm reindex`: rebuilds the search index from the database (DATABASE_URL, or the embedded database of `npm start`). */
import 'reflect-metadata';
import { reindexAll } from '../modules/search/search.indexer';
import { runSystemTask } from './system-task';

runSystemTask('reindex', { poolSize: 4 }, async (ctx, adapters) => {
  await adapters.search.ensureReady();
  const started = Date.now();
  const count = await reindexAll(ctx);
  console.log(`Reindexed ${count} experts into ${adapters.search.name} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
});
