/** Browser sessions: an HttpOnly cookie holding a random token whose hash is a row in `sessions`. */
import { parse as parseCookies } from 'cookie';
import type { Context, Viewer } from '../../platform/context';
import type { Clock } from '../../platform/clock';
import type { DbExecutor } from '../../platform/db/client';
import type { SignInMethod } from './identity.table';
import { deleteSession, extendSession, findLiveSession, insertSession } from './identity.queries';
import { hashToken, newSecretToken } from './tokens';

export const sessionCookieName = 'skillcall_session';
const dayMs = 24 * 60 * 60 * 1000;
/** A session's expiry slides forward at most once an hour, so reads do not write on every request. */
const touchIntervalMs = 60 * 60 * 1000;

/**
 * Opens a session for the user, sets the cookie, and returns the viewer the rest of the request acts as. Every way of
 * signing in comes through here: a new session (new id and token) each time, so no earlier cookie is ever promoted,
 * and the session the browser had until now (another account's, or this one's) ends.
 */
export async function startSession(
  ctx: Context,
  userId: string,
  roles: Viewer['roles'],
  signInMethod: SignInMethod = 'password',
): Promise<Viewer> {
  if (ctx.viewer?.sessionId) await deleteSession(ctx.db, ctx.viewer.sessionId);
  const now = ctx.clock.now();
  const { token, tokenHash } = newSecretToken();
  const sessionId = await insertSession(ctx.db, {
    tokenHash,
    userId,
    now,
    expiresAt: new Date(now.getTime() + ctx.config.sessionTtlDays * dayMs),
    userAgent: ctx.http?.userAgent?.slice(0, 500) ?? null,
    ip: ctx.http?.ip ?? null,
    signInMethod,
  });
  ctx.http?.setCookie(sessionCookieName, token, ctx.config.sessionTtlDays * 24 * 60 * 60);
  return { userId, sessionId, roles };
}

/** Finds the viewer behind a Cookie header (HTTP request or WebSocket upgrade); null when signed out or expired. */
export async function resolveViewer(
  db: DbExecutor,
  cookieHeader: string | undefined,
  clock: Clock,
  sessionTtlDays: number,
): Promise<Viewer | null> {
  const token = cookieHeader ? parseCookies(cookieHeader)[sessionCookieName] : undefined;
  if (!token) return null;
  const now = clock.now();
  const session = await findLiveSession(db, hashToken(token), now);
  if (!session) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > touchIntervalMs) {
    await extendSession(db, session.sessionId, now, new Date(now.getTime() + sessionTtlDays * dayMs));
  }
  return { userId: session.userId, sessionId: session.sessionId, roles: session.roles };
}
