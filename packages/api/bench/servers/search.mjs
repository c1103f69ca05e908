/**
 * The built API on a catalogue of 100,000 experts (the demo's 221, cloned in SQL with new names and ids), plus a bare
 * express server that runs the same engine query directly, without GraphQL.
 */
import express from 'express';
import { announce, dist, startApi, startDatabase } from './common.mjs';

const target = Number(process.env.BENCH_EXPERTS ?? 100_000);
const db = await startDatabase();
// The bench sends its own document, as a partner with an API key would: trusted documents (enforced in production for
// clients without a key) would refuse it.
const app = await startApi(db.url, { JOB_CONCURRENCY: '1' });
const { seedDemoData } = dist('seed/demo.js');
const { drainSearchIndex } = dist('modules/search/search.indexer.js');
const { systemContext } = dist('platform/system-context.js');
const { createLoaders } = dist('loaders.js');
const { systemClock } = dist('platform/clock.js');
const { loadConfig } = dist('platform/config.js');
const { createLogger } = dist('platform/logger.js');
const { sql } = await import('drizzle-orm');

const seedStarted = Date.now();
await seedDemoData(app.database.db);
const config = loadConfig({ LOG_LEVEL: 'silent' });
await drainSearchIndex(
  systemContext(
    { config, logger: createLogger(config), clock: systemClock, db: app.database.db, adapters: app.adapters, createLoaders },
    'bench',
  ),
);
await app.database.db.transaction(async (tx) => {
  await tx.execute(sql`
  create temp table clones on commit drop as
    select gen_random_uuid() as id, gen_random_uuid() as user_id, e.id as original_id, g.n
    from experts e cross join generate_series(1, ceil(${target}::numeric / (select count(*) from experts))::int) g(n)
    limit ${target} - (select count(*) from experts)`);
  await tx.execute(sql`
  insert into users (id, email, display_name, password_hash)
    select c.user_id, 'bench-' || c.id || '@bench.test', e.display_name, 'x' from clones c join experts e on e.id = c.original_id`);
  await tx.execute(sql`
  insert into experts (id, user_id, slug, display_name, headline, bio, skills, languages, country, time_zone, approved_at)
    select c.id, c.user_id, e.slug || '-b' || c.n, e.display_name || ' ' || c.n, e.headline, e.bio, e.skills, e.languages, e.country, e.time_zone,
           e.approved_at - (c.n || ' minutes')::interval
    from clones c join experts e on e.id = c.original_id`);
  await tx.execute(sql`
  insert into search_documents (expert_id, slug, display_name, headline, bio, skills, offering_titles, offering_descriptions,
      category_ids, languages, price_models, booking_prices, booking_prices_by_model, has_free_offering,
      rating, review_count, available_now, approved_at, document)
    select c.id, e.slug || '-b' || c.n, d.display_name || ' ' || c.n, d.headline, d.bio, d.skills, d.offering_titles, d.offering_descriptions,
           d.category_ids, d.languages, d.price_models, d.booking_prices, d.booking_prices_by_model, d.has_free_offering,
           round((3 + random() * 2)::numeric, 1)::real, (random() * 100)::int, random() < 0.1, d.approved_at, d.document
    from clones c join search_documents d on d.expert_id = c.original_id join experts e on e.id = c.original_id`);
});
// As autovacuum would have by the time anyone searches: right after a bulk insert, the GIN indexes' pending lists are
// long (25,000 entries for categories) and every category search would scan them.
await app.database.db.execute(sql`vacuum analyze`);
const [{ count }] = await app.database.db.execute(sql`select count(*)::int as count from search_documents`);
const seedSeconds = (Date.now() - seedStarted) / 1000;

const bare = express();
bare.use(express.json());
bare.post('/search', async (req, res) => {
  res.json(await app.adapters.search.search(req.body));
});
const bareServer = await new Promise((resolve) => {
  const s = bare.listen(0, '127.0.0.1', () => resolve(s));
});
const categories = await app.database.db.execute(sql`select id, slug from categories where slug in ('music', 'cooking', 'guitar')`);

announce(
  {
    apiUrl: app.server.url,
    bareUrl: `http://127.0.0.1:${bareServer.address().port}`,
    documents: count,
    databaseUrl: db.url,
    seedSeconds,
    categoryIds: Object.fromEntries(categories.map((c) => [c.slug, c.id])),
  },
  async () => {
    bareServer.close();
    await app.close();
    await db.stop();
  },
);
