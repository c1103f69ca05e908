import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import type { Context, HttpExchange, Viewer } from '../context';
import { isDatabaseUnavailable } from '../db/unavailable';
import { AppError, serviceUnavailable } from '../errors';
import { buildContext, systemContext } from '../system-context';
import {
  malformedAuthorization,
  malformedAuthorizationCloseReason,
  overRateLimit,
  rateLimitHeaders,
  readAuthorization,
  unknownApiKey,
  unknownApiKeyCloseReason,
  withHttpStatus,
} from './api-key-requests';
import type { ServerDeps } from './server-deps';

function exchange(req: Request, res: Response, secure: boolean): HttpExchange {
  return {
    ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    host: req.headers.host ?? null,
    userAgent: req.get('user-agent') ?? null,
    setCookie: (name, value, maxAgeSeconds) =>
      res.cookie(name, value, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: maxAgeSeconds * 1000 }),
    clearCookie: (name) => res.clearCookie(name, { httpOnly: true, sameSite: 'lax', secure, path: '/' }),
  };
}

/** Builds the per-operation context for HTTP requests and for WebSocket operations alike. */
export function createContextFactory(deps: ServerDeps) {
  const { db } = deps.database;
  const build = (viewer: Viewer | null, requestId: string, http: HttpExchange | null): Context =>
    buildContext({ ...deps, db }, { viewer, requestId, http });
  const cookieViewer = (cookieHeader: string | undefined) => deps.resolveViewer(db, cookieHeader, deps.clock, deps.config.sessionTtlDays);

  /**
   * An Authorization wins over cookies: a key that resolves to no one, and an Authorization that is not `Bearer <key>`,
   * are refused, never taken as anonymous.
   */
  const identify = async (cookieHeader: string | undefined, authorization: unknown): Promise<Viewer | null> => {
    try {
      const presented = readAuthorization(authorization);
      if (presented.kind === 'none') return await cookieViewer(cookieHeader);
      if (presented.kind === 'malformed') throw malformedAuthorization();
      const viewer = await deps.resolveApiKeyViewer(db, presented.secret, deps.clock);
      if (!viewer) throw unknownApiKey();
      return viewer;
    } catch (error) {
      // Who is asking cannot be told while the database is away: "try again", not an internal error.
      throw isDatabaseUnavailable(error) ? serviceUnavailable() : error;
    }
  };
  const consume = (apiKeyId: string) => deps.adapters.limiters.apiKeyRequests.consume(apiKeyId);

  return {
    /** GraphQL over HTTP: a key request gets the rate-limit headers, and 401 or 429 before anything runs. */
    forHttp: async (req: Request, res: Response): Promise<Context> => {
      const viewer = await identify(req.headers.cookie, req.headers.authorization).catch((error: unknown) => {
        throw error instanceof AppError && error.code === 'UNAUTHENTICATED'
          ? withHttpStatus(error, 401, { 'WWW-Authenticate': 'Bearer' })
          : error;
      });
      if (viewer?.apiKey) {
        const quota = await consume(viewer.apiKey.id);
        for (const [name, value] of Object.entries(rateLimitHeaders(quota))) res.setHeader(name, value);
        if (!quota.allowed) throw withHttpStatus(overRateLimit(quota), 429, { 'Retry-After': String(quota.resetSeconds) });
      }
      return build(viewer, String(req.id ?? randomUUID()), exchange(req, res, deps.config.cookieSecure));
    },
    /** Plain HTTP routes (receipts, recordings): the cookie session only; API keys reach GraphQL fields open to them, nothing else. */
    forHttpRoute: async (req: Request, res: Response): Promise<Context> =>
      build(await cookieViewer(req.headers.cookie), String(req.id ?? randomUUID()), exchange(req, res, deps.config.cookieSecure)),
    /**
     * One graphql-ws operation: the connection's cookie, or its key in `connectionParams.authorization`, checked and
     * counted again for every operation (a key revoked meanwhile stops working). Throws UNAUTHENTICATED or RATE_LIMITED.
     */
    forWebSocket: async (request: IncomingMessage, connectionParams: Readonly<Record<string, unknown>> | undefined): Promise<Context> => {
      const viewer = await identify(request.headers.cookie, connectionParams?.authorization);
      if (viewer?.apiKey) {
        const quota = await consume(viewer.apiKey.id);
        if (!quota.allowed) throw overRateLimit(quota);
      }
      return build(viewer, randomUUID(), null);
    },
    /** Why a WebSocket connection may not open (a malformed authorization, a key that resolves to no one); null when it may. */
    refusesWebSocket: async (connectionParams: Readonly<Record<string, unknown>> | undefined): Promise<string | null> => {
      const presented = readAuthorization(connectionParams?.authorization);
      if (presented.kind === 'none') return null;
      if (presented.kind === 'malformed') return malformedAuthorizationCloseReason;
      return (await deps.resolveApiKeyViewer(db, presented.secret, deps.clock)) ? null : unknownApiKeyCloseReason;
    },
    forSystem: (label: string) => systemContext({ ...deps, db: deps.database.db }, label),
  };
}
