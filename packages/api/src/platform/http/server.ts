/**
 * The HTTP server: GraphQL over HTTP and WebSocket on one path (/graphql), the modules' own WebSocket endpoints
 * (`/collab`; upgrades are routed by path, each after the same host and origin checks), health probes, and the built
 * SPA, all on one port, compressed (compression.ts), with JSON errors for whatever fails outside GraphQL (http-errors.ts).
 * `close()` drains requests and sockets before returning.
 */
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import helmet from 'helmet';
import { useServer } from 'graphql-ws/use/ws';
import { pinoHttp } from 'pino-http';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Context } from '../context';
import { createErrorFormatter, serviceUnavailableStatus } from '../errors';
import { createContextFactory } from './context-factory';
import { graphqlGuards, maxTokens } from './guards';
import { refuseOtherHosts, verifyWebSocketUpgrade } from './host-check';
import { allowedCorsOrigin } from './origin';
import { loadTrustedDocuments, trustedDocumentsMiddleware } from './trusted-documents';
import { webSocketGraphqlOptions } from './websocket';
import type { ServerDeps } from './server-deps';
import { compressResponses } from './compression';
import { errorHandler, notFoundHandler } from './http-errors';
import { metricsRoute } from './metrics';
import { serveSpa } from './spa';

export interface RunningServer {
  httpServer: Server;
  url: string;
  close(): Promise<void>;
}

export async function startServer(deps: ServerDeps): Promise<RunningServer> {
  const { config, logger } = deps;
  const app = express();
  const httpServer = createHttpServer(app);
  const contexts = createContextFactory(deps);

  const wsServer = new WebSocketServer({
    noServer: true,
    maxPayload: config.wsMaxPayloadBytes,
    verifyClient: verifyWebSocketUpgrade(config),
  });
  const endpoints = deps.webSockets ?? [];
  const sockets = new Map<string, WebSocketServer>([['/graphql', wsServer]]);
  for (const endpoint of endpoints) {
    const server = new WebSocketServer({
      noServer: true,
      maxPayload: endpoint.maxPayloadBytes,
      verifyClient: verifyWebSocketUpgrade(config),
    });
    server.on('connection', (socket, request) => endpoint.onConnection(socket, request));
    sockets.set(endpoint.path, server);
  }
  routeUpgrades(httpServer, sockets);
  const heartbeats = [...sockets.values()].map(closeDeadSockets);
  const stopHeartbeat = () => heartbeats.forEach((stop) => stop());
  const guards = graphqlGuards(config, deps.schema);
  const trustedDocuments = loadTrustedDocuments(config.trustedDocuments);
  const wsCleanup = useServer<Record<string, unknown>, { socket: WebSocket; request: IncomingMessage }>(
    webSocketGraphqlOptions({
      schema: deps.schema,
      validationRules: guards.validationRules,
      costRefusal: guards.costRefusal,
      maxTokens,
      maxSubscriptionsPerConnection: config.wsMaxSubscriptionsPerConnection,
      trustedDocuments,
      refusesConnection: (connectionParams) => contexts.refusesWebSocket(connectionParams),
      context: (request, connectionParams) => contexts.forWebSocket(request, connectionParams),
    }),
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema: deps.schema,
    introspection: config.graphql.introspection,
    csrfPrevention: true,
    // Registered operations are resolved by `trustedDocumentsMiddleware`; Apollo never stores new ones.
    persistedQueries: false,
    formatError: createErrorFormatter(logger),
    validationRules: guards.validationRules,
    parseOptions: guards.parseOptions,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    plugins: [
      ...guards.plugins,
      serviceUnavailableStatus,
      // No cache hints are used; left on, the plugin wraps every field's resolver in every request.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        serverWillStart: async () => ({
          drainServer: async () => {
            stopHeartbeat();
            await Promise.all(endpoints.map((endpoint) => endpoint.close()));
            await wsCleanup.dispose();
          },
        }),
      },
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          mediaSrc: ["'self'", 'blob:'],
          connectSrc: ["'self'"],
          upgradeInsecureRequests: config.cookieSecure ? [] : null,
        },
      },
      crossOriginEmbedderPolicy: false,
      strictTransportSecurity: config.cookieSecure,
    }),
  );
  app.use((_req, res, next) => {
    // The session room needs the camera, microphone and screen of this origin only; nothing needs more.
    res.setHeader(
      'permissions-policy',
      'camera=(self), microphone=(self), display-capture=(self), speaker-selection=(self), geolocation=(), payment=(), usb=()',
    );
    next();
  });
  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => ['/healthz', '/readyz', '/metrics'].includes(req.url ?? '') },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );

  app.use(compressResponses());

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const [database, search] = await Promise.all([
      withinReadinessTimeout(deps.database.sql`select 1`.then(() => true)),
      withinReadinessTimeout(deps.adapters.search.isHealthy()),
    ]);
    const checks = { database, search };
    const ready = Object.values(checks).every(Boolean);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', checks });
  });

  app.use(refuseOtherHosts(config));
  app.get('/metrics', metricsRoute(deps.adapters.events));
  app.use(
    '/graphql',
    cors({
      origin: (origin, callback) => callback(null, allowedCorsOrigin(origin, config)),
      credentials: true,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id'],
      exposedHeaders: ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'retry-after', 'x-request-id'],
      maxAge: 600,
    }),
    express.json({ limit: '1mb' }),
    trustedDocumentsMiddleware(trustedDocuments),
    expressMiddleware(apollo, { context: async ({ req, res }) => contexts.forHttp(req, res) }),
  );

  deps.routes?.(app, { system: () => contexts.forSystem('http-route'), forRequest: (req, res) => contexts.forHttpRoute(req, res) });
  serveSpa(app, config, logger, deps.pageMeta);
  app.use(notFoundHandler);
  app.use(errorHandler(logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://localhost:${port}`;

  let closing: Promise<void> | null = null;
  return {
    httpServer,
    url,
    close: () => {
      closing ??= (async () => {
        await apollo.stop();
        for (const server of sockets.values()) server.close();
      })();
      return closing;
    },
  };
}

/** Each readiness check has half a second: a probe (usually a one-second timeout) gets "not ready", not silence. */
const readinessTimeoutMs = 500;

async function withinReadinessTimeout(check: Promise<boolean>): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), readinessTimeoutMs)));
  try {
    return await Promise.race([check.catch(() => false), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Hands each WebSocket upgrade to the server of its path (which checks host and origin); other paths get 404. */
function routeUpgrades(httpServer: Server, sockets: Map<string, WebSocketServer>): void {
  httpServer.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const server = sockets.get(path);
    if (!server) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    server.handleUpgrade(request, socket, head, (ws) => server.emit('connection', ws, request));
  });
}

/**
 * Pings every WebSocket each 10 seconds and drops those that did not answer the previous ping, so a vanished
 * browser (network gone, laptop closed) ends its subscriptions within 20 seconds; presence relies on it.
 */
function closeDeadSockets(wsServer: WebSocketServer): () => void {
  const alive = new WeakMap<WebSocket, boolean>();
  wsServer.on('connection', (socket) => {
    alive.set(socket, true);
    socket.on('pong', () => alive.set(socket, true));
  });
  const timer = setInterval(() => {
    for (const socket of wsServer.clients) {
      if (!alive.get(socket)) {
        socket.terminate();
        continue;
      }
      alive.set(socket, false);
      socket.ping();
    }
  }, 10_000);
  timer.unref();
  return () => clearInterval(timer);
}
