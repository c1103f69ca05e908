/**
 * The security suite: the attacks a reviewer would try against the API (deep, wide and aliased queries, lists sized
 * through variables, batching, oversized bodies and messages, CSRF, subscription floods, other sites' pages, DNS
 * names rebound to the server, unregistered operations, malformed Authorization), each refused, while normal traffic
 * passes. Attacks owned by one module are tested there: sign-in guessing (identity.int.test.ts), tampered Stripe
 * webhooks (billing/stripe.int.test.ts), tampered or replayed deliveries of our own webhooks
 * (partners/webhook.policy.test.ts), webhooks aimed at private addresses (partners/webhook.sender.test.ts), API
 * keys' scopes and rate limits (partners/api-key.int.test.ts).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { CreateApiKeyDocument, ExpertPresenceChangedDocument, MeDocument, SignInDocument } from '@skillcall/schema';
import { print, type DocumentNode } from 'graphql';
import { startTestApp, type TestApp } from '../../../test/harness';
import { createUser } from '../../seed/factories';
import { expectType, subscribe, type TestClient } from '../../../test/graphql-client';
import { graphqlWithHost, requestWithHost } from '../../../test/request-with-host';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({
    GRAPHQL_MAX_DEPTH: '4',
    GRAPHQL_MAX_ALIASES: '3',
    GRAPHQL_MAX_COST: '200',
    WS_MAX_PAYLOAD_BYTES: '8192',
    WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: '3',
  });
});
afterAll(() => t.close());

const wsUrlOf = (app: TestApp) => app.url.replace(/^http/, 'ws') + '/graphql';

/** A graphql-ws client of `app`, optionally sending headers on the upgrade (a browser's Origin, a cookie). */
function wsClient(app: TestApp, headers: Record<string, string> = {}): Client {
  return createClient({
    url: wsUrlOf(app),
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers });
      }
    },
    retryAttempts: 0,
  });
}

/** The GraphQL errors graphql-ws hands a refused operation. */
type WsErrors = readonly { message: string; extensions?: { code?: string } }[];

/** Runs one operation over `client`: its first result, or the errors it was refused with. */
function firstResult(
  client: Client,
  payload: { query: string; variables?: Record<string, unknown>; extensions?: Record<string, unknown> },
): Promise<{ data?: unknown; errors?: WsErrors }> {
  return new Promise((resolve) => {
    const stop = client.subscribe(payload, {
      next: (value) => {
        stop();
        resolve(value as { data?: unknown });
      },
      error: (errors) => resolve({ errors: errors as WsErrors }),
      complete: () => undefined,
    });
  });
}

const hashOf = (document: DocumentNode) => (document as unknown as { __meta__: { hash: string } }).__meta__.hash;

/** Runs a registered operation by its hash, as the SPA does. */
async function asTheSpa<T>(client: TestClient, document: DocumentNode, variables: Record<string, unknown>): Promise<{ data: T }> {
  const response = await client.raw({ extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(document) } }, variables });
  return (await response.json()) as { data: T };
}

const errorsOf = async (query: string) => {
  const response = await t.client().raw({ query });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] },
  };
};

describe('GraphQL guard rails', () => {
  it('runs a normal query within every limit', async () => {
    const { status, body } = await errorsOf('{ me { id } categories { slug children { slug } } }');
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it('rejects a query deeper than the maximum depth', async () => {
    const { body } = await errorsOf('{ categories { children { children { children { children { slug } } } } } }');
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toMatch(/depth limit/i);
    expect(body.errors?.[0]?.message).not.toMatch(/Syntax Error/);
  });

  it('rejects more aliases than allowed', async () => {
    const { body } = await errorsOf('{ a: me { id } b: me { id } c: me { id } d: me { id } }');
    expect(body.errors?.[0]?.message).toMatch(/aliases/i);
  });

  it('rejects a query above the cost limit', async () => {
    const small = await errorsOf('{ devMailbox(first: 2) { edges { node { id subject } } } }');
    expect(small.body.errors).toBeUndefined();
    const { body } = await errorsOf('{ devMailbox(first: 100) { edges { cursor node { id to subject text template sentAt } } } }');
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toMatch(/^Query Cost limit of \d+ exceeded, found \d+\. Ask for fewer items \(a smaller `first`\)/);
  });

  it('counts list sizes given as variables, variable defaults or left to the default page size, over HTTP and WebSocket', async () => {
    const mail = '{ edges { cursor node { id to subject text template sentAt } } }';
    const costly = [
      { query: `query Mail($n: Int) { devMailbox(first: $n) ${mail} }`, variables: { n: 100 } },
      { query: `query Mail($n: Int = 100) { devMailbox(first: $n) ${mail} }`, variables: {} },
      { query: `query Mail { devMailbox ${mail} }`, variables: {} },
    ];
    const refusal = /^Query Cost limit of 200 exceeded, found \d+\. Ask for fewer items/;
    const client = wsClient(t);
    try {
      for (const operation of costly) {
        const response = await t.client().raw(operation);
        const body = (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
        expect(response.status, operation.query).toBe(400);
        expect(body.data, operation.query).toBeUndefined();
        expect(body.errors?.[0]?.message, operation.query).toMatch(refusal);
        expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
        const overWebSocket = await firstResult(client, operation);
        expect(overWebSocket.errors?.[0]?.message, operation.query).toMatch(refusal);
      }
      const small = { query: `query Mail($n: Int) { devMailbox(first: $n) ${mail} }`, variables: { n: 2 } };
      const response = await t.client().raw(small);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { devMailbox: { edges: expect.any(Array) } } });
      const fewExperts = {
        query: 'query Experts($n: Int) { categories { experts(first: $n) { edges { cursor } } } }',
        variables: { n: 2 },
      };
      expect(await firstResult(client, fewExperts)).toEqual({ data: { categories: expect.any(Array) } });
    } finally {
      await client.dispose();
    }
  });

  it('prevents CSRF: a simple cross-site GET or form post cannot run an operation', async () => {
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF/i);
    const form = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(form.status).toBe(400);
  });

  it('allows introspection outside production', async () => {
    const { body } = await errorsOf('{ __schema { queryType { name } } }');
    expect(body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('turns off introspection and field suggestions in production', async () => {
    // Trusted documents off: what a partner's API key could run is still held to these rules.
    const production = await startTestApp({
      NODE_ENV: 'production',
      PUSH: 'off',
      TRUSTED_DOCUMENTS: 'off',
      MAIL_LINK_SECRET: 'a-production-secret-of-at-least-32-chars',
    });
    try {
      const response = await production.client().raw({ query: '{ __schema { queryType { name } } }' });
      const body = (await response.json()) as { errors?: { message: string }[] };
      expect(body.errors?.[0]?.message).toMatch(/introspection/i);
      const typo = (await (await production.client().raw({ query: '{ categorie { slug } }' })).json()) as {
        errors?: { message: string }[];
      };
      expect(typo.errors?.[0]?.message).not.toMatch(/did you mean/i);
    } finally {
      await production.close();
    }
  });
});

describe('request shape', () => {
  it('refuses batched operations (several operations in one request)', async () => {
    const response = await t.client().raw([{ query: '{ me { id } }' }, { query: '{ categories { slug } }' }]);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/batch/i);
  });

  it('refuses a body above 1 MB without running it', async () => {
    const response = await t.client().raw({ query: 'query ($pad: String) { me { id } }', variables: { pad: 'x'.repeat(1_100_000) } });
    expect(response.status).toBe(413);
  });

  it('refuses an operation above the token limit (a wide query)', async () => {
    const { body } = await errorsOf(`{ me { ${'id '.repeat(2100)} } }`);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.message).toMatch(/token/i);
  });
});

describe('WebSocket transport', () => {
  const wsUrl = () => wsUrlOf(t);

  it('authenticates a WebSocket with the same session cookie as HTTP', async () => {
    const user = await createUser(t.app.database.db);
    const http = t.client();
    expectType((await http.data(SignInDocument, { input: { email: user.email, password: user.password } })).signIn, 'SignInSuccess');

    const run = (cookie: string) => {
      const client = createClient({
        url: wsUrl(),
        webSocketImpl: class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, { headers: { cookie } });
          }
        },
        retryAttempts: 0,
      });
      return new Promise<unknown>((resolve, reject) => {
        let result: unknown;
        client.subscribe(
          { query: print(MeDocument) },
          { next: (value) => (result = value), error: reject, complete: () => resolve(result) },
        );
      }).finally(() => client.dispose());
    };
    expect(await run(http.cookieHeader)).toMatchObject({ data: { me: { id: user.id } } });
    expect(await run('')).toEqual({ data: { me: null } });
  });

  it('closes a WebSocket whose message is above the payload limit', async () => {
    const socket = new WebSocket(wsUrl(), 'graphql-transport-ws');
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.send('x'.repeat(16_384));
    expect(await closed).toBe(1009);
  });

  it('refuses a WebSocket opened by another site’s page', async () => {
    const socket = new WebSocket(wsUrl(), 'graphql-transport-ws', { headers: { origin: 'https://evil.example' } });
    const outcome = await new Promise<string>((resolve) => {
      socket.once('open', () => resolve('open'));
      socket.once('unexpected-response', (_req, res) => resolve(`refused ${res.statusCode}`));
      socket.once('error', () => resolve('error'));
    });
    expect(outcome).toMatch(/refused 401|error/);
  });
});

describe('WebSocket limits', () => {
  const presence = () => ({ query: print(ExpertPresenceChangedDocument), variables: { expertIds: [randomUUID()] } });

  it('holds a connection to its maximum of open operations, and frees a slot when one ends', async () => {
    const client = wsClient(t);
    try {
      const refusals: WsErrors[] = [];
      const stops = [1, 2, 3].map(() =>
        client.subscribe(presence(), { next: () => undefined, error: (e) => refusals.push(e as WsErrors), complete: () => undefined }),
      );
      const fourth = await firstResult(client, presence());
      expect(fourth.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect(fourth.errors?.[0]?.message).toMatch(/at most 3/);
      expect(refusals).toEqual([]);

      stops[0]!();
      expect(await firstResult(client, { query: print(MeDocument) })).toEqual({ data: { me: null } });
      expect(refusals).toEqual([]);
    } finally {
      await client.dispose();
    }
  });

  it('applies the depth, alias and token limits to WebSocket operations as to HTTP ones', async () => {
    const client = wsClient(t);
    try {
      const deep = await firstResult(client, {
        query:
          'subscription { expertPresenceChanged(expertIds: []) { expertId } } query { categories { children { children { children { children { slug } } } } } }',
      });
      expect(deep.errors?.length).toBeGreaterThan(0);
      const deepQuery = await firstResult(client, { query: '{ categories { children { children { children { children { slug } } } } } }' });
      expect(deepQuery.errors?.[0]?.message).toMatch(/depth limit/i);
      const aliases = await firstResult(client, { query: '{ a: me { id } b: me { id } c: me { id } d: me { id } }' });
      expect(aliases.errors?.[0]?.message).toMatch(/aliases/i);
      const wide = await firstResult(client, { query: `{ me { ${'id '.repeat(2100)} } }` });
      expect(wide.errors?.[0]?.message).toMatch(/2000 tokens/);
      expect(await firstResult(client, { query: '{ categories { slug } }' })).toMatchObject({ data: { categories: expect.any(Array) } });
    } finally {
      await client.dispose();
    }
  });
});

describe('trusted documents and other sites (production settings)', () => {
  let strict: TestApp;
  const partner = 'https://partner.example';
  beforeAll(async () => {
    strict = await startTestApp({ TRUSTED_DOCUMENTS: 'enforce', CORS_ORIGINS: `${partner}, https://other-partner.example` });
  });
  afterAll(() => strict.close());

  const manifest = () => JSON.parse(readFileSync(strict.config.trustedDocuments.manifestPath, 'utf8')) as Record<string, string>;

  it('runs the website’s registered operations, named by hash or sent as their registered text', async () => {
    const byHash = await strict.client().raw({ extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(MeDocument) } } });
    expect(await byHash.json()).toEqual({ data: { me: null } });
    const byText = await strict.client().raw({ query: manifest()[hashOf(MeDocument)] });
    expect(await byText.json()).toEqual({ data: { me: null } });
  });

  it('refuses any other operation from a client without an API key, over HTTP and WebSocket', async () => {
    const arbitrary = await strict.client().raw({ query: '{ me { id email } }' });
    expect(arbitrary.status).toBe(400);
    const body = (await arbitrary.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]!.extensions.code).toBe('OPERATION_NOT_REGISTERED');
    expect(body.errors[0]!.message).toMatch(/API key/);

    const unknownHash = await strict
      .client()
      .raw({ extensions: { persistedQuery: { version: 1, sha256Hash: `sha256:${'0'.repeat(64)}` } } });
    expect(((await unknownHash.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );

    const client = wsClient(strict);
    try {
      const refused = await firstResult(client, { query: '{ me { id email } }' });
      expect(refused.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_REGISTERED');
      const registered = await firstResult(client, {
        query: '',
        extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(MeDocument) } },
      });
      expect(registered).toEqual({ data: { me: null } });
    } finally {
      await client.dispose();
    }
  });

  it('lets a partner with a valid API key run queries of its own, and answers 401 to a made-up key', async () => {
    const user = await createUser(strict.app.database.db);
    const browser = strict.client();
    await asTheSpa(browser, SignInDocument, { input: { email: user.email, password: user.password } });
    const created = await asTheSpa<{ createApiKey: { secret: string } }>(browser, CreateApiKeyDocument, {
      input: { name: 'Partner app', scopes: ['CATALOG_READ'] },
    });

    const own = await strict
      .client({ authorization: `Bearer ${created.data.createApiKey.secret}` })
      .raw({ query: '{ categories { slug } }' });
    expect(own.status).toBe(200);
    expect(await own.json()).toEqual({ data: { categories: expect.any(Array) } });
    const madeUp = await strict.client({ authorization: 'Bearer skc_made-up-key' }).raw({ query: '{ categories { slug } }' });
    expect(madeUp.status).toBe(401);
    // Any other Authorization (Basic, a bare key) is refused as such, not taken as a browser without a key.
    for (const authorization of ['Basic cGFydG5lcjpzZWNyZXQ=', created.data.createApiKey.secret]) {
      const malformed = await strict.client({ authorization }).raw({ query: '{ categories { slug } }' });
      expect(malformed.status).toBe(401);
      expect(malformed.headers.get('www-authenticate')).toBe('Bearer');
      expect(await malformed.json()).toEqual({
        errors: [{ message: expect.stringMatching(/must be `Bearer <API key>`/), extensions: { code: 'UNAUTHENTICATED' } }],
      });
    }
  });

  it('answers CORS only for the allowed origins', async () => {
    const preflight = await fetch(`${strict.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: partner,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(partner);
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization/);

    const registered = { extensions: { persistedQuery: { version: 1, sha256Hash: hashOf(MeDocument) } } };
    const allowed = await strict.client({ origin: partner }).raw(registered);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(partner);
    const elsewhere = await strict.client({ origin: 'https://evil.example' }).raw(registered);
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull();
    const evilPreflight = await fetch(`${strict.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(evilPreflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets an allowed origin’s page open the WebSocket, and no other site’s', async () => {
    const opened = (origin: string) =>
      new Promise<boolean>((resolve) => {
        const socket = new WebSocket(wsUrlOf(strict), 'graphql-transport-ws', { headers: { origin } });
        socket.once('open', () => (socket.close(), resolve(true)));
        socket.once('unexpected-response', () => resolve(false));
        socket.once('error', () => resolve(false));
      });
    expect(await opened(partner)).toBe(true);
    expect(await opened('https://evil.example')).toBe(false);
  });
});

describe('DNS rebinding: requests must name this server', () => {
  /** Whether a WebSocket upgrade under `host` opens, or the status it is refused with. */
  const upgradeUnder = (app: TestApp, host: string) =>
    new Promise<string>((resolve) => {
      const socket = new WebSocket(wsUrlOf(app), 'graphql-transport-ws', { headers: { host } });
      socket.once('open', () => (socket.close(), resolve('open')));
      socket.once('unexpected-response', (_req, res) => resolve(`refused ${res.statusCode}`));
      socket.once('error', () => resolve('error'));
    });
  const me = { query: '{ me { id } }' };

  it('answers 421 to a request for another host name, on HTTP and the WebSocket upgrade, saying what to do', async () => {
    for (const host of ['rebind.attacker.example', 'rebind.attacker.example:4000', 'localhost.attacker.example', '127.0.0.1.nip.io']) {
      const graphql = await graphqlWithHost(t.url, host, me);
      expect(graphql.status, host).toBe(421);
      expect(graphql.headers['content-type'], host).toMatch(/^application\/json/);
      expect(JSON.parse(graphql.text), host).toEqual({
        errors: [
          {
            message: `This server does not answer to the host name ${JSON.stringify(host)}: use its public address, or add the name to ALLOWED_HOSTS if a proxy forwards it.`,
            extensions: { code: 'MISDIRECTED_REQUEST' },
          },
        ],
      });
      const page = await requestWithHost(`${t.url}/dev/mailbox`, host, { headers: { accept: 'text/html,*/*;q=0.8' } });
      expect(page.status, host).toBe(421);
      expect(page.headers['content-type'], host).toMatch(/^text\/plain/);
      expect(page.text, host).toMatch(/does not answer to the host name/);
      expect(await upgradeUnder(t, host), host).toBe('refused 421');
    }
    // Load balancers probe by IP: the probes answer whatever the host.
    expect((await requestWithHost(`${t.url}/healthz`, '10.0.0.7:4000')).status).toBe(200);
  });

  it('answers its loopback names on any port, in any case', async () => {
    for (const host of ['localhost', 'LocalHost:5173', '127.0.0.1:9', '[::1]:4000', 'localhost.']) {
      const graphql = await graphqlWithHost(t.url, host, me);
      expect(graphql.status, host).toBe(200);
      expect(JSON.parse(graphql.text), host).toEqual({ data: { me: null } });
      expect(await upgradeUnder(t, host), host).toBe('open');
    }
  });

  it('answers the host of PUBLIC_URL and those of ALLOWED_HOSTS, no other', async () => {
    const proxied = await startTestApp({ PUBLIC_URL: 'https://skillcall.example', ALLOWED_HOSTS: 'api.internal, Skillcall-Blue.internal' });
    try {
      for (const host of ['skillcall.example', 'SKILLCALL.example:443', 'api.internal:4000', 'skillcall-blue.internal']) {
        expect((await graphqlWithHost(proxied.url, host, me)).status, host).toBe(200);
        expect(await upgradeUnder(proxied, host), host).toBe('open');
      }
      for (const host of ['other.example', 'skillcall.example.attacker.example', 'internal']) {
        expect((await graphqlWithHost(proxied.url, host, me)).status, host).toBe(421);
      }
    } finally {
      await proxied.close();
    }
  });
});

describe('security headers', () => {
  it('sends a content security policy and the usual hardening headers on every response', async () => {
    const response = await fetch(`${t.url}/healthz`);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('permissions-policy')).toMatch(/camera=\(self\)/);
    expect(response.headers.get('permissions-policy')).toMatch(/geolocation=\(\)/);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('health probes', () => {
  it('reports liveness and database readiness', async () => {
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: true, search: true } });
  });

  it('reports not ready when the database is gone', async () => {
    const doomed = await startTestApp();
    await doomed.app.database.close();
    const ready = await fetch(`${doomed.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ checks: { database: false } });
    await doomed.app.server.close();
  });

  it('answers every request with a request id, echoing a sane incoming one', async () => {
    const mine = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': 'trace-123' } });
    expect(mine.headers.get('x-request-id')).toBe('trace-123');
    const generated = await fetch(`${t.url}/healthz`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('metrics', () => {
  it('counts the live subscriptions for a scraper on this machine, and answers nothing through a proxy', async () => {
    const count = async () => Number(/^skillcall_live_subscriptions (\d+)$/m.exec(await (await fetch(`${t.url}/metrics`)).text())?.[1]);
    const before = await count();
    const presence = subscribe(t.client(), ExpertPresenceChangedDocument, { expertIds: [randomUUID()] });
    await vi.waitFor(async () => expect(await count()).toBe(before + 1));
    await presence.close();
    await vi.waitFor(async () => expect(await count()).toBe(before));
    expect((await fetch(`${t.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.5' } })).status).toBe(404);
  });
});
