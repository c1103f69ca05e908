import { createRequire } from 'node:module';
import { defineProject } from 'vitest/config';

// Tests create their own data with the API's factories (packages/api/src/seed), which load type-graphql:
// it needs the metadata polyfill and must see the same (CommonJS) graphql instance as the API's sources.
const requireFromApi = createRequire(new URL('../api/package.json', import.meta.url));

/** End-to-end: the built server (API + SPA) on a fresh database, driven by Debian's Chromium. */
export default defineProject({
  resolve: {
    alias: [{ find: /^graphql$/, replacement: requireFromApi.resolve('graphql') }],
  },
  test: {
    name: 'e2e',
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    setupFiles: [requireFromApi.resolve('reflect-metadata')],
    testTimeout: 60_000,
    // One browser file at a time: four Chromiums beside the API suites on two cores slowed a 7-second test past a minute.
    fileParallelism: false,
    // Tests marked concurrent (the accessibility scans, one page each) run two at a time: the machine has two cores.
    maxConcurrency: 2,
    hookTimeout: 120_000,
  },
});
