/** Wires a running API from a config and a database URL: used by main.ts, by tests and by benchmarks. */
import { createAdapters, type Adapters } from './adapters';
import { registerEventHandlers } from './events';
import { crontab, jobHandlers, startupJobs } from './jobs';
import { createLoaders } from './loaders';
import { resolveViewer } from './modules/identity/session';
import { resolveApiKeyViewer } from './modules/partners/api-key.auth';
import { expertPageMeta } from './modules/experts/expert.meta';
import { sweepPresence } from './modules/availability/presence.service';
import { sweepSilentStays } from './modules/sessions/session.service';
import { mountCalendarFeed } from './modules/bookings/calendar-feed';
import { mountStripeWebhook } from './modules/billing/stripe-webhook';
import { mountReceipts } from './modules/billing/receipt';
import { mountInvoices } from './modules/invoices/invoice.routes';
import { mountMessageImages } from './modules/messages/message-images.routes';
import { mountRecordings } from './modules/sessions/recording.routes';
import { mountDataExports } from './modules/privacy/data-export.routes';
import { mountTaxReports } from './modules/tax-reports/tax-reports.routes';
import { mountUnsubscribe } from './modules/notifications/unsubscribe.routes';
import { mountOidc } from './modules/identity/oidc/oidc.routes';
import { createCollabEndpoint, type CollabEndpoint } from './modules/workspace/workspace.socket';
import type { HttpRouteContexts } from './platform/http/server-deps';
import { systemContext } from './platform/system-context';
import { systemClock, type Clock } from './platform/clock';
import type { Config } from './platform/config';
import { connectDatabase, type DbHandle } from './platform/db/client';
import { startServer, type RunningServer } from './platform/http/server';
import { enqueue } from './platform/jobs/queue';
import { startJobWorker, type JobWorker } from './platform/jobs/worker';
import type { Logger } from './platform/logger';
import { buildAppSchema } from './schema';

export interface App {
  server: RunningServer;
  /** The workspace's collaboration endpoint (`/collab`), for benches that count its documents. */
  collab: CollabEndpoint;
  database: DbHandle;
  adapters: Adapters;
  close(): Promise<void>;
}

/** Plain HTTP routes of the modules. */
function mountRoutes(config: Config) {
  return (app: Parameters<typeof mountCalendarFeed>[0], contexts: HttpRouteContexts): void => {
    mountCalendarFeed(app, contexts);
    mountStripeWebhook(app, contexts);
    mountReceipts(app, contexts);
    mountInvoices(app, contexts);
    mountRecordings(app, contexts, config);
    mountMessageImages(app, contexts);
    mountDataExports(app, contexts);
    mountTaxReports(app, contexts);
    mountUnsubscribe(app, contexts);
    mountOidc(app, contexts, config.cookieSecure);
  };
}

export async function startApp(options: {
  config: Config;
  logger: Logger;
  databaseUrl: string;
  clock?: Clock;
  /** Tests wrap adapters (e.g. to take the search engine down). */
  wrapAdapters?: (adapters: Adapters) => Adapters;
}): Promise<App> {
  registerEventHandlers();
  const { config, logger } = options;
  const clock = options.clock ?? systemClock;
  const database = connectDatabase(options.databaseUrl, config.dbPoolSize, config.dbTimeouts);
  const created = await createAdapters(config, database, logger);
  const adapters = options.wrapAdapters ? options.wrapAdapters(created) : created;
  try {
    await adapters.search.ensureReady();
  } catch (error) {
    logger.warn({ err: error, engine: adapters.search.name }, 'the search engine is not reachable; updates wait in the queue');
  }
  const deps = { config, logger, clock, db: database.db, adapters, createLoaders };
  const worker: JobWorker | null =
    config.jobConcurrency > 0
      ? await startJobWorker({
          connectionString: options.databaseUrl,
          db: database.db,
          instanceId: config.jobLocks.instanceId,
          lockTimeoutSeconds: config.jobLocks.timeoutSeconds,
          handlers: jobHandlers(deps),
          concurrency: config.jobConcurrency,
          logger,
          crontab,
        })
      : null;
  for (const job of startupJobs) await enqueue(database.db, job, {}, { jobKey: job.id });
  const pageMeta = (path: string) => expertPageMeta(systemContext(deps, 'page-meta'), path);
  const presenceSweep = setInterval(() => {
    sweepPresence(systemContext(deps, 'presence-sweep')).catch((error) => logger.warn({ err: error }, 'presence sweep failed'));
    sweepSilentStays(systemContext(deps, 'session-sweep')).catch((error) => logger.warn({ err: error }, 'session sweep failed'));
  }, 5_000);
  presenceSweep.unref();
  const collab = createCollabEndpoint({
    system: () => systemContext(deps, 'collab'),
    viewerOf: (cookieHeader) => resolveViewer(database.db, cookieHeader, clock, config.sessionTtlDays),
  });
  const server = await startServer({
    ...deps,
    database,
    schema: buildAppSchema(),
    resolveViewer,
    resolveApiKeyViewer,
    pageMeta,
    routes: mountRoutes(config),
    webSockets: [collab],
  });
  return {
    server,
    collab,
    database,
    adapters,
    close: async () => {
      clearInterval(presenceSweep);
      await server.close();
      await worker?.stop();
      await adapters.events.close();
      await adapters.mailer.close();
      await database.close();
    },
  };
}
