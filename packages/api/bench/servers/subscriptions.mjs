/**
 * The built API with one expert (whose availability the bench changes) and a bare endpoint reporting this process's
 * memory after a full garbage collection (started with --expose-gc), to measure memory per subscriber.
 */
import express from 'express';
import { announce, dist, startApi, startDatabase } from './common.mjs';
import { sessionCookieFor } from './common-accounts.mjs';

const db = await startDatabase();
const app = await startApi(db.url);
const { categoryIdBySlug, createApprovedExpert } = dist('seed/expert-factories.js');
const { officeHours, setAvailability } = dist('seed/availability-factories.js');

const guitar = await categoryIdBySlug(app.database.db, 'guitar');
const { user, expert } = await createApprovedExpert(app.database.db, {
  displayName: 'Bench Expert',
  headline: 'Guitar lessons for grown-up beginners',
  bio: 'Fifteen years of teaching adults who always wanted to play the songs they love.',
  skills: ['guitar'],
  categoryIds: [guitar],
  languages: ['en'],
  country: 'FR',
  timeZone: 'Europe/Paris',
  approvedAt: new Date(),
  offerings: [
    {
      title: 'Guitar session',
      description: 'Tune the guitar, hold the pick, play three chords and leave with a song.',
      categoryId: guitar,
      languages: ['en'],
      price: { model: 'FREE', durationMinutes: 60 },
      cancellationPolicy: 'FLEXIBLE',
    },
  ],
});
await setAvailability(app.database.db, expert.id, { weekly: officeHours, minNoticeMinutes: 60 });

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
  { apiUrl: app.server.url, bareUrl: `http://127.0.0.1:${bareServer.address().port}`, expertId: expert.id, expertCookie: await sessionCookieFor(app.database.db, user.id) },
  async () => {
    bareServer.close();
    await app.close();
    await db.stop();
  },
);
