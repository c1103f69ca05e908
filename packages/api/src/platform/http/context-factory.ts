import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import type { Context, HttpExchange } from '../context';
import { buildContext, systemContext } from '../system-context';
import type { ServerDeps } from './server';

function exchange(req: Request, res: Response, secure: boolean): HttpExchange {
  return {
    ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    userAgent: req.get('user-agent') ?? null,
    setCookie: (name, value, maxAgeSeconds) =>
      res.cookie(name, value, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: maxAgeSeconds * 1000 }),
    clearCookie: (name) => res.clearCookie(name, { httpOnly: true, sameSite: 'lax', secure, path: '/' }),
  };
}

/** Builds the per-operation context for HTTP requests and for WebSocket operations alike. */
export function createContextFactory(deps: ServerDeps) {
  const base = async (cookieHeader: string | undefined, requestId: string, http: HttpExchange | null): Promise<Context> => {
    const { db } = deps.database;
    const viewer = await deps.resolveViewer(db, cookieHeader, deps.clock, deps.config.sessionTtlDays);
    return buildContext({ ...deps, db }, { viewer, requestId, http });
  };
  return {
    forHttp: (req: Request, res: Response) =>
      base(req.headers.cookie, String(req.id ?? randomUUID()), exchange(req, res, deps.config.cookieSecure)),
    forWebSocket: (request: IncomingMessage, _connectionParams?: Readonly<Record<string, unknown>>) => base(request.headers.cookie, randomUUID(), null),
    forSystem: (label: string) => systemContext({ ...deps, db: deps.database.db }, label),
  };
}
