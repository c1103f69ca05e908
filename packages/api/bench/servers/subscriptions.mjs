/**
 * The built API with one expert (whose availability the bench changes) and a bare endpoint reporting this process's
 * memory after a full garbage collection (started with --expose-gc), to measure memory per subscriber.
 */
import express from 'express';
import { announce, dist, startApi, startDatabase } from './common.mjs';
import { sessionCookieFor } from './common-accounts.mjs';

const db = await startDatabase();
const app = await startApi(db.url);
const { createBookableExpert } = dist('seed/bookable-expert.js');
const { user, expert } = await createBookableExpert(app.database.db, { displayName: 'Bench Expert' });

const bare = express();
bare.get('/memory', (_req, res) => {
  globalThis.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  res.json({ rss, heapUsed, subscribers: app.adapters.events.listenerCount(`slots:${expert.id}`) });
});
const bareServer = await new Promise((resolve) => {
  const s = bare.listen(0, '127.0.0.1', () => resolve(s));
});

announce(
  {
    apiUrl: app.server.url,
    bareUrl: `http://127.0.0.1:${bareServer.address().port}`,
    expertId: expert.id,
    expertCookie: await sessionCookieFor(app.database.db, user.id),
  },
  async () => {
    bareServer.close();
    await app.close();
    await db.stop();
  },
);
