import { defineConfig } from 'vitest/config';

/** Every suite: the API's unit and integration tests, and the SPA's end-to-end tests in Chromium. */
export default defineConfig({
  test: {
    projects: ['packages/api', 'packages/web/vitest.e2e.config.mts'],
  },
});
