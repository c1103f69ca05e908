import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { MeDocument, SignInDocument } from '@skillcall/schema';
import { print } from 'graphql';
import { startTestApp, type TestApp } from '../../../test/harness';
import { createUser } from '../../seed/factories';
import { expectType } from '../../../test/graphql-client';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ GRAPHQL_MAX_DEPTH: '4', GRAPHQL_MAX_ALIASES: '3', GRAPHQL_MAX_COST: '200', WS_MAX_PAYLOAD_BYTES: '4096' });
});
afterAll(() => t.close());

const errorsOf = async (query: string) => {
  const response = await t.client().raw({ query });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
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
    expect(body.errors?.[0]?.message).toMatch(/cost limit/i);
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
    const production = await startTestApp({ NODE_ENV: 'production' });
    try {
      const response = await production.client().raw({ query: '{ __schema { queryType { name } } }' });
      const body = (await response.json()) as { errors?: { message: string }[] };
      expect(body.errors?.[0]?.message).toMatch(/introspection/i);
      const typo = (await (await production.client().raw({ query: '{ categorie { slug } }' })).json()) as { errors?: { message: string }[] };
      expect(typo.errors?.[0]?.message).not.toMatch(/did you mean/i);
    } finally {
      await production.close();
    }
  });
});

describe('WebSocket transport', () => {
  const wsUrl = () => t.url.replace(/^http/, 'ws') + '/graphql';

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
    socket.send('x'.repeat(8192));
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
