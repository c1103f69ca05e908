import { defineConfig } from 'vitest/config';

/** Process time zones the pure date/time suites (`*.tz.test.ts`) run under: results must not depend on them. */
const timeZones = ['UTC', 'Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland'];

/**
 * Every suite: the API's unit and integration tests, the SPA's pure tests, its end-to-end tests in Chromium, and the
 * API's time-zone matrix.
 */
export default defineConfig({
  test: {
    projects: [
      'packages/api',
      'packages/web/vitest.config.mts',
      'packages/web/vitest.e2e.config.mts',
      // No globalSetup (no database): these suites are pure.
      ...timeZones.map((tz) => ({
        root: 'packages/api',
        test: { name: `slots TZ=${tz}`, include: ['src/**/*.tz.test.ts'], environment: 'node', env: { TZ: tz } },
      })),
    ],
  },
});
