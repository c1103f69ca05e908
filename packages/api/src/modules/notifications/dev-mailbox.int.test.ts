import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevMailboxDocument, MailDeliveryDocument } from '@skillcall/schema';
import { print } from 'graphql';
import { startTestApp, type TestApp } from '../../../test/harness';
import { graphqlWithHost } from '../../../test/request-with-host';
import { createUser } from '../../seed/factories';
import { sendEmail } from './notifications.service';
import { createLoaders } from '../../loaders';
import { systemClock } from '../../platform/clock';
import { createLogger } from '../../platform/logger';
import { systemContext } from '../../platform/system-context';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function send(to: string, n: number, app: TestApp = t) {
  const deps = {
    config: app.config,
    logger: createLogger(app.config),
    clock: systemClock,
    db: app.app.database.db,
    adapters: app.app.adapters,
    createLoaders,
  };
  const ctx = systemContext(deps, 'test');
  for (let i = 0; i < n; i++)
    await sendEmail(ctx, {
      to,
      locale: 'en',
      template: 'welcomeConfirmEmail',
      params: { name: `Reader ${i}`, hours: 24, url: 'http://x' },
    });
}

describe('dev mailbox', () => {
  it('tells the SPA that mail stays in the dev mailbox (its footer links to it)', async () => {
    expect((await t.client().data(MailDeliveryDocument)).mailDelivery).toEqual({ devMailbox: true });
  });

  it('pages through every email newest first, with no gap and no repeat', async () => {
    await send('pager@example.test', 7);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const {
        devMailbox,
      }: { devMailbox: { edges: { node: { subject: string } }[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } } } = await t
        .client()
        .data(DevMailboxDocument, { to: 'pager@example.test', first: 3, after });
      seen.push(...devMailbox.edges.map((e) => e.node.subject));
      after = devMailbox.pageInfo.hasNextPage ? (devMailbox.pageInfo.endCursor ?? null) : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 7 }, (_, i) => `Welcome to Skillcall, Reader ${6 - i}: confirm your email address`));
  });

  it('finds mail by recipient whatever the case of the address', async () => {
    await send('Mixed.Case@Example.test', 1);
    const { devMailbox } = await t.client().data(DevMailboxDocument, { to: 'mixed.case@example.TEST' });
    expect(devMailbox.edges.map((e) => e.node.to)).toEqual(['Mixed.Case@Example.test']);
  });

  it('is closed to browsers on other machines, since it holds password reset links', async () => {
    const proxied = await startTestApp({ TRUST_PROXY: 'true' });
    try {
      const remote = await proxied.client({ 'x-forwarded-for': '203.0.113.5' }).execute(DevMailboxDocument, {});
      expect(remote.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const local = await proxied.client({ 'x-forwarded-for': '127.0.0.1' }).execute(DevMailboxDocument, {});
      expect(local.errors).toBeUndefined();
    } finally {
      await proxied.close();
    }
  });

  it('opens only at a loopback name: a page whose DNS name was rebound to 127.0.0.1 cannot read it', async () => {
    // A name the server answers to (a proxy's), yet not a loopback name: as a rebound name would be if allowed.
    const named = await startTestApp({ ALLOWED_HOSTS: 'rebind.attacker.example' });
    try {
      await send('reset@example.test', 1, named);
      const read = async (host: string) =>
        JSON.parse(
          (await graphqlWithHost(named.url, host, { query: print(DevMailboxDocument), variables: { to: 'reset@example.test' } })).text,
        ) as {
          data: unknown;
          errors?: { extensions: { code: string } }[];
        };
      expect((await read('rebind.attacker.example')).errors?.[0]?.extensions.code).toBe('NOT_FOUND');
      for (const host of ['localhost:5173', '127.0.0.1', '[::1]:4000']) {
        expect((await read(host)).data, host).toMatchObject({ devMailbox: { edges: [{ node: { to: 'reset@example.test' } }] } });
      }
    } finally {
      await named.close();
    }
  });

  it('is closed to anonymous visitors in production, and open to admins there', async () => {
    const production = await startTestApp({
      NODE_ENV: 'production',
      PUSH: 'off',
      COOKIE_SECURE: 'false',
      MAIL_LINK_SECRET: 'a-production-secret-of-at-least-32-chars',
    });
    try {
      const anonymous = await production.client().execute(DevMailboxDocument, {});
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const admin = await createUser(production.app.database.db, { roles: ['USER', 'ADMIN'] });
      const client = production.client();
      const { SignInDocument } = await import('@skillcall/schema');
      await client.data(SignInDocument, { input: { email: admin.email, password: admin.password } });
      expect((await client.execute(DevMailboxDocument, {})).errors).toBeUndefined();
    } finally {
      await production.close();
    }
  });
});
