/**
 * Import rules that `npm run lint` enforces (dependency-cruiser). The layering they keep is drawn in CONTRIBUTING.md
 * ("Layers"); `pnpm graph` redraws that module graph from the same analysis.
 */
const api = '^packages/api/src/';
const tests = '\\.test\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'No import circles (type imports count): move the shared piece to its own file, or let the reaction flow through an event. A job definition’s handler, imported lazily (import()), does not count: loading it is the worker’s, not the enqueuer’s.',
      from: { path: '^packages/(api|web)/src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['dynamic-import'] } },
    },
    {
      name: 'platform-imports-no-module',
      severity: 'error',
      comment:
        'The platform is what modules stand on: it never imports a module. (db/schema.ts only gathers the tables for drizzle and migrations.)',
      from: { path: `${api}platform/`, pathNot: [`${api}platform/db/schema\\.ts$`, tests] },
      to: { path: `${api}modules/` },
    },
    {
      name: 'platform-below-composition-root',
      severity: 'error',
      comment:
        'The platform may name the composition root’s aggregate types (Adapters, Loaders) in the context, and the ErrorCode registry (error-codes.ts, every module’s *.errors.ts gathered) in DomainError; it runs none of the root’s code.',
      from: { path: `${api}platform/`, pathNot: tests },
      to: { path: `${api}[^/]+\\.ts$`, pathNot: `${api}error-codes\\.ts$`, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'module-public-surface',
      severity: 'error',
      comment:
        'A module reads another through its services, types, policies, errors, events, privacy readers and pure helpers: never its queries, resolvers, routes or mail and webhook wiring.',
      from: { path: `${api}modules/([^/]+)/` },
      to: {
        path: `${api}modules/[^/]+/[^/]+\\.(queries|resolver|routes|notify|webhooks)\\.ts$`,
        pathNot: `${api}modules/$1/`,
      },
    },
    {
      name: 'module-tables-by-type',
      severity: 'error',
      comment:
        'Only *.table.ts (foreign keys) and *.queries.ts (joins) touch drizzle tables, another module’s included; other files name row types only.',
      from: { path: `${api}modules/([^/]+)/`, pathNot: ['\\.(table|queries)\\.ts$', tests] },
      to: { path: `${api}modules/[^/]+/[^/]+\\.table\\.ts$`, pathNot: `${api}modules/$1/`, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'modules-below-composition-root',
      severity: 'error',
      comment:
        'Modules do not import the composition root (app, main, jobs, schema, adapters); they receive what it picked through the context.',
      from: { path: `${api}modules/`, pathNot: tests },
      to: { path: `${api}(app|main|jobs|schema|adapters)\\.ts$`, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-feature-internals',
      severity: 'error',
      comment:
        'A web feature uses another one through its components (PascalCase) and hooks (use-*); helpers several features share live in src/lib.',
      from: { path: '^packages/web/src/features/([^/]+)/' },
      to: { path: '^packages/web/src/features/[^/]+/(?!use-)[a-z][^/]*$', pathNot: '^packages/web/src/features/$1/' },
    },
    {
      name: 'booking-status-gate',
      severity: 'error',
      comment:
        'Only the gate (bookings/booking.transition.ts) writes a booking’s status: it checks the transitions table and announces the change.',
      from: { pathNot: `${api}modules/bookings/booking\\.transition\\.ts$` },
      to: { path: `${api}modules/bookings/booking-status\\.queries\\.ts$` },
    },
    {
      name: 'help-request-status-gate',
      severity: 'error',
      comment:
        'Only the gate (instant/help-request.transition.ts) writes a help request’s status: it checks the transitions table and tells the queue.',
      from: { pathNot: `${api}modules/instant/help-request\\.transition\\.ts$` },
      to: { path: `${api}modules/instant/help-request-status\\.queries\\.ts$` },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['/dist/', '/generated/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
