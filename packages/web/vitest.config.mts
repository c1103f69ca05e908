import { defineProject } from 'vitest/config';

/** The SPA's pure suites (no browser, no server): e.g. the developer page's examples against the committed schema. */
export default defineProject({
  test: {
    name: 'web',
    include: ['src/**/*.test.ts', 'build/**/*.test.ts'],
    environment: 'node',
  },
});
