/** What the HTTP server is built from (`startServer`), and what plain HTTP routes of modules receive. */
import type { IncomingMessage } from 'node:http';
import type express from 'express';
import type { WebSocket } from 'ws';
import type { GraphQLSchema } from 'graphql';
import type { Adapters } from '../../adapters';
import type { Loaders } from '../../loaders';
import type { Clock } from '../clock';
import type { Config } from '../config';
import type { Context, Viewer } from '../context';
import type { DbExecutor, DbHandle } from '../db/client';
import type { Logger } from '../logger';
import type { PageLookup } from './page-meta';

export interface ServerDeps {
  config: Config;
  logger: Logger;
  clock: Clock;
  database: DbHandle;
  adapters: Adapters;
  schema: GraphQLSchema;
  createLoaders(db: DbExecutor): Loaders;
  resolveViewer(db: DbExecutor, cookieHeader: string | undefined, clock: Clock, sessionTtlDays: number): Promise<Viewer | null>;
  /** The viewer behind a partner API key's secret (`Authorization: Bearer …`); null when unknown, malformed or revoked. */
  resolveApiKeyViewer(db: DbExecutor, secret: string, clock: Clock): Promise<Viewer | null>;
  /** The title and description of a shareable page, written into the HTML for link previews; 'not-found' for a 404. */
  pageMeta?(path: string): Promise<PageLookup>;
  /** Plain HTTP routes of modules (calendar feeds, webhooks, receipts), mounted before the SPA. */
  routes?(app: express.Express, contexts: HttpRouteContexts): void;
  /** WebSocket endpoints of modules besides GraphQL's (the workspace's `/collab`), each on its own path. */
  webSockets?: WebSocketEndpoint[];
}

/** A module's WebSocket endpoint: the server checks the upgrade's host and origin, then hands it the socket. */
export interface WebSocketEndpoint {
  path: string;
  maxPayloadBytes: number;
  onConnection(socket: WebSocket, request: IncomingMessage): void;
  /** Finishes the endpoint's work (stores, closes its connections) before the server stops. */
  close(): Promise<void>;
}

export interface HttpRouteContexts {
  /** A context with no viewer, for routes authorised by their own token or signature. */
  system(): Context;
  /** The context of the signed-in viewer of this request (cookie session), if any. */
  forRequest(req: express.Request, res: express.Response): Promise<Context>;
}
