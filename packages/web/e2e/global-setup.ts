/**
 * Starts the built product the way `npm start` does (node packages/api/dist/main.js, serving the built SPA),
 * on its own PostgreSQL database cloned from the migrated template, and gives tests its URL.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { launchBuiltServer } from '../../api/test/built-server';
import { createTestDatabase, freePort, startTestPostgres } from '../../api/test/postgres-for-tests';
import { startTestIdentityProvider } from '../../api/test/test-identity-provider';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    e2eDatabaseUrl: string;
    adminDatabaseUrl: string;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export default async function setup(project: TestProject) {
  if (!existsSync(path.join(root, 'packages/web/dist/index.html'))) {
    throw new Error('Build first: `pnpm build` (npm test does it).');
  }
  const pg = await startTestPostgres();
  const databaseUrl = await createTestDatabase(pg.adminUrl);
  const port = await freePort();
  // localhost, not 127.0.0.1: WebAuthn refuses an IP address as a relying party id (passkeys.e2e.test.ts).
  const baseUrl = `http://localhost:${port}`;
  // A real OpenID provider on loopback (sign-in-providers.e2e.test.ts): "Continue with Test IdP".
  const identityProvider = await startTestIdentityProvider({ redirectUris: [`${baseUrl}/auth/oidc/test-idp/callback`] });
  const server = launchBuiltServer({
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
    // The SPA must work as in production, where clients without an API key run only its registered operations.
    TRUSTED_DOCUMENTS: 'enforce',
    // A user's second refund request goes to the admins' review (billing.e2e.test.ts), not their fourth.
    REFUND_REVIEW_AFTER: '1',
    // webhooks.e2e.test.ts delivers to a receiver on 127.0.0.1, which the safe default refuses.
    WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
    PUSH_ALLOW_PRIVATE_NETWORKS: 'true',
    // The provider sends the browser back to the address registered with it, which must be the one tests open.
    PUBLIC_URL: baseUrl,
    ...identityProvider.env(),
  });
  // main.js seeds the demo data before it listens: once started, the demo accounts and experts are there.
  await server.started();
  project.provide('baseUrl', baseUrl);
  project.provide('e2eDatabaseUrl', databaseUrl);
  project.provide('adminDatabaseUrl', pg.adminUrl);

  return async () => {
    server.child.kill('SIGTERM');
    await server.exited;
    await identityProvider.stop();
    await pg.stop();
  };
}
