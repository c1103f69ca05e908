import { defineProject } from 'vitest/config';

/** End-to-end: the built server (API + SPA) on a fresh database, driven by Debian's Chromium. */
export default defineProject({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.e2e.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 60_000,
    // One browser file at a time: four Chromiums beside the API suites on two cores slowed a 7-second test past a minute.
    fileParallelism: false,
    hookTimeout: 120_000,
  },
});
