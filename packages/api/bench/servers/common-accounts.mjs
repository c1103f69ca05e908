/** Accounts for the benches, made fast: one password hash for all, sessions opened directly (no sign-in per user). */
import { dist } from './common.mjs';

const { createUser } = dist('seed/factories.js');
const { hashPassword } = dist('modules/identity/password.js');
const { insertSession } = dist('modules/identity/identity.queries.js');
const { newSecretToken } = dist('modules/identity/tokens.js');
const { sessionCookieName } = dist('modules/identity/session.js');

let sharedHash;

/** Creates `count` users and returns their session cookies. */
export async function usersWithSessions(db, count) {
  sharedHash ??= await hashPassword('bench password');
  const cookies = [];
  for (let i = 0; i < count; i += 1) {
    const user = await createUser(db, { passwordHash: sharedHash, displayName: `Bench User ${i}` });
    cookies.push(await sessionCookieFor(db, user.id));
  }
  return cookies;
}

export async function sessionCookieFor(db, userId) {
  const { token, tokenHash } = newSecretToken();
  const now = new Date();
  await insertSession(db, { tokenHash, userId, now, expiresAt: new Date(now.getTime() + 86_400_000), userAgent: 'bench', ip: null });
  return `${sessionCookieName}=${token}`;
}
