/**
 * The built API with `BENCH_ROOMS` confirmed bookings (one expert, one user each, sessions ahead), their two
 * participants' session cookies, and a bare endpoint reporting this process's memory after a full garbage collection
 * (started with --expose-gc) and how many workspace documents it holds open.
 */
import express from 'express';
import { announce, dist, startApi, startDatabase } from './common.mjs';
import { sessionCookieFor } from './common-accounts.mjs';

const rooms = Number(process.env.BENCH_ROOMS ?? 100);
const db = await startDatabase();
const app = await startApi(db.url);
const { createBookableExpert } = dist('seed/bookable-expert.js');
const { createUser } = dist('seed/factories.js');
const { createCompletedBooking } = dist('seed/booking-factories.js');
const { hashPassword } = dist('modules/identity/password.js');

const { user: expertUser, expert, offerings } = await createBookableExpert(app.database.db, { displayName: 'Bench Expert' });
const passwordHash = await hashPassword('bench password');
const expertCookie = await sessionCookieFor(app.database.db, expertUser.id);
const bookings = [];
const firstStart = Date.now() + 24 * 3_600_000;
for (let i = 0; i < rooms; i += 1) {
  const user = await createUser(app.database.db, { passwordHash, displayName: `Bench User ${i}` });
  const booking = await createCompletedBooking(app.database.db, {
    userId: user.id,
    expert,
    offering: offerings[0],
    startsAt: new Date(firstStart + i * 3_600_000),
    status: 'CONFIRMED',
  });
  bookings.push({ bookingId: booking.id, userCookie: await sessionCookieFor(app.database.db, user.id) });
}

const bare = express();
bare.get('/memory', (_req, res) => {
  globalThis.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  res.json({ rss, heapUsed, documents: app.collab.hocuspocus.getDocumentsCount() });
});
const bareServer = await new Promise((resolve) => {
  const s = bare.listen(0, '127.0.0.1', () => resolve(s));
});

announce(
  { apiUrl: app.server.url, bareUrl: `http://127.0.0.1:${bareServer.address().port}`, pid: process.pid, expertCookie, bookings },
  async () => {
    bareServer.close();
    await app.close();
    await db.stop();
  },
);
