/** The built API with experts who keep office hours (one free 60-minute offering each), and 200 signed-in users. */
import { announce, dist, startApi, startDatabase } from './common.mjs';
import { usersWithSessions } from './common-accounts.mjs';

const expertCount = Number(process.env.BENCH_EXPERTS ?? 40);
const db = await startDatabase();
const app = await startApi(db.url, process.env.BENCH_NO_JOBS ? { JOB_CONCURRENCY: '0' } : {});
const { categoryIdBySlug, createApprovedExpert } = dist('seed/expert-factories.js');
const { officeHours, setAvailability } = dist('seed/availability-factories.js');

const guitar = await categoryIdBySlug(app.database.db, 'guitar');
const offerings = [];
for (let i = 0; i < expertCount; i += 1) {
  const { expert, offerings: [offering] } = await createApprovedExpert(app.database.db, {
    displayName: `Bench Expert ${i}`,
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
  offerings.push(offering.id);
}
const cookies = await usersWithSessions(app.database.db, 200);

announce({ apiUrl: app.server.url, offerings, cookies }, async () => {
  await app.close();
  await db.stop();
});
