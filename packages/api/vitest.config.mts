import { createRequire } from 'node:module';
import { configDefaults, defineProject } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineProject({
  resolve: {
    // type-graphql is CommonJS and loads graphql's CommonJS build; our sources must see that same instance.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    name: 'api',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // *.tz.test.ts run once per process time zone, from the root config.
    exclude: [...configDefaults.exclude, '**/*.tz.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
