/** The built API, plus a bare express server doing the same work as `me` (session lookup, user load). */
import express from 'express';
import { announce, dist, startApi, startDatabase } from './common.mjs';

const db = await startDatabase();
const app = await startApi(db.url);
const { createUser } = dist('seed/factories.js');
const { resolveViewer } = dist('modules/identity/session.js');
const { findUsersByIds } = dist('modules/identity/identity.queries.js');
const { systemClock } = dist('platform/clock.js');
const user = await createUser(app.database.db, { email: 'bench@example.test' });

const signIn = await fetch(`${app.server.url}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    query: 'mutation($i: SignInInput!) { signIn(input: $i) { __typename } }',
    variables: { i: { email: user.email, password: user.password } },
  }),
});
const cookie = signIn.headers.getSetCookie()[0].split(';')[0];

const bare = express();
bare.get('/me', async (req, res) => {
  const viewer = await resolveViewer(app.database.db, req.headers.cookie, systemClock, 30);
  const [row] = viewer ? await findUsersByIds(app.database.db, [viewer.userId]) : [];
  res.json({ data: { me: row ? { id: row.id, displayName: row.displayName, email: row.email } : null } });
});
bare.get('/trivial', (_req, res) => res.json({ data: { __typename: 'Query' } }));
const bareServer = await new Promise((resolve) => {
  const s = bare.listen(0, '127.0.0.1', () => resolve(s));
});

announce({ apiUrl: app.server.url, bareUrl: `http://127.0.0.1:${bareServer.address().port}`, cookie, userId: user.id }, async () => {
  bareServer.close();
  await app.close();
  await db.stop();
});
