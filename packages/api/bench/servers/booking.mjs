/** The built API with experts who keep office hours (one free 60-minute offering each), and 200 signed-in users. */
import { announce, dist, startApi, startDatabase } from './common.mjs';
import { usersWithSessions } from './common-accounts.mjs';

const expertCount = Number(process.env.BENCH_EXPERTS ?? 40);
const db = await startDatabase();
const app = await startApi(db.url);
const { createBookableExpert } = dist('seed/bookable-expert.js');

const offerings = [];
for (let i = 0; i < expertCount; i += 1) {
  const {
    offerings: [offering],
  } = await createBookableExpert(app.database.db, { displayName: `Bench Expert ${i}` });
  offerings.push(offering.id);
}
const cookies = await usersWithSessions(app.database.db, 200);

announce({ apiUrl: app.server.url, offerings, cookies }, async () => {
  await app.close();
  await db.stop();
});
