import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import { print } from 'graphql';
import WebSocket from 'ws';
import { eq } from 'drizzle-orm';
import {
  BookingDocument,
  BookSlotDocument,
  CategoriesDocument,
  CreateApiKeyDocument,
  CreateWebhookEndpointDocument,
  ExpertProfileDocument,
  MeDocument,
  MyApiKeysDocument,
  MyBookingChangedDocument,
  MyBookingsDocument,
  MyWebhookEndpointsDocument,
  RevokeApiKeyDocument,
  SearchExpertsDocument,
  SearchSuggestionsDocument,
  SignOutDocument,
  type ApiKeyScope,
} from '@skillcall/schema';
import { expectType, type TestClient } from '../../../test/graphql-client';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { bookableExpert, signInAs, signedInUser } from '../../../test/booking-fixtures';
import { createUser } from '../../seed/factories';
import { createLoaders } from '../../loaders';
import { createLogger } from '../../platform/logger';
import { systemContext } from '../../platform/system-context';
import { reindexAll } from '../search/search.indexer';
import { apiKeys } from './api-key.table';

const start = new Date('2048-03-02T06:00:00Z');
const clock = new ManualClock(start);
const perMinute = 6;
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({ API_KEY_RATE_LIMIT_PER_MINUTE: String(perMinute) }, clock);
});
afterAll(() => t.close());
afterEach(() => clock.set(start));

async function createKey(owner: TestClient, scopes: ApiKeyScope[], name = 'My booking widget') {
  const result = (await owner.data(CreateApiKeyDocument, { input: { name, scopes } })).createApiKey;
  return expectType(result, 'CreateApiKeySuccess');
}

/** A test client that authenticates with the key's secret only (no cookie). */
const withKey = (secret: string) => t.client({ authorization: `Bearer ${secret}` });

const errorOf = (response: { errors?: { message: string; extensions?: { code?: string } }[] }) => response.errors?.[0];

/** A bookable expert, already in the search index. */
async function searchableExpert() {
  const expert = await bookableExpert(t, { prices: [{ model: 'FREE', durationMinutes: 30 }] });
  const context = systemContext(
    { adapters: t.app.adapters, db: t.app.database.db, config: t.config, logger: createLogger(t.config), clock, createLoaders },
    'test',
  );
  await reindexAll(context); // factories write rows directly, without queuing index updates
  return expert;
}

describe('creating and listing API keys', () => {
  it('shows the secret once; the database and the list hold only a hash and the first characters', async () => {
    const owner = await signedInUser(t);
    const { secret, apiKey } = await createKey(owner, ['SEARCH', 'CATALOG_READ']);
    expect(secret).toMatch(/^skc_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({ name: 'My booking widget', scopes: ['CATALOG_READ', 'SEARCH'], lastUsedAt: null, revokedAt: null });
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    expect(apiKey.prefix).toHaveLength('skc_'.length + 6);

    const listed = await owner.raw({ query: print(MyApiKeysDocument) });
    const listText = await listed.text();
    expect(JSON.parse(listText).data.myApiKeys).toEqual([apiKey]);
    expect(listText).not.toContain(secret.slice(10));

    const [row] = await t.app.database.db.select().from(apiKeys).where(eq(apiKeys.id, apiKey.id));
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(secret.slice('skc_'.length));
    expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await withKey(secret).data(MeDocument)).me?.email).toBeTruthy();
  });

  it('refuses an empty name, no scope, a long name, and a 21st live key', async () => {
    const owner = await signedInUser(t);
    const refused = await owner.data(CreateApiKeyDocument, { input: { name: '   ', scopes: [] } });
    expect(refused.createApiKey).toMatchObject({
      __typename: 'InvalidInputError',
      fieldErrors: [
        { field: 'name', code: 'REQUIRED' },
        { field: 'scopes', code: 'REQUIRED' },
      ],
    });
    expect((await owner.data(CreateApiKeyDocument, { input: { name: 'x'.repeat(81), scopes: ['SEARCH'] } })).createApiKey).toMatchObject({
      fieldErrors: [{ field: 'name', code: 'TOO_LONG' }],
    });

    const keys: Awaited<ReturnType<typeof createKey>>[] = [];
    for (let i = 1; i <= 20; i += 1) {
      keys.push(await createKey(owner, ['SEARCH'], `Key ${i}`));
      clock.advance(1000);
    }
    expect((await owner.data(CreateApiKeyDocument, { input: { name: 'One too many', scopes: ['SEARCH'] } })).createApiKey).toMatchObject({
      __typename: 'ApiKeyLimitReachedError',
      code: 'API_KEY_LIMIT_REACHED',
    });
    await owner.data(RevokeApiKeyDocument, { input: { id: keys[0]!.apiKey.id } });
    await createKey(owner, ['SEARCH'], 'Replacement');
    const listed = (await owner.data(MyApiKeysDocument)).myApiKeys;
    expect(listed).toHaveLength(21);
    expect(listed[0]!.name).toBe('Replacement'); // newest first, revoked ones too
    expect(listed.find((key) => key.id === keys[0]!.apiKey.id)?.revokedAt).toBe(new Date(start.getTime() + 20_000).toISOString());
  });

  it('records when a key was last used, at most once a minute', async () => {
    const owner = await signedInUser(t);
    const { secret, apiKey } = await createKey(owner, ['CATALOG_READ']);
    const lastUsed = async () => (await owner.data(MyApiKeysDocument)).myApiKeys.find((key) => key.id === apiKey.id)!.lastUsedAt;
    expect(await lastUsed()).toBeNull();
    await withKey(secret).data(CategoriesDocument);
    expect(await lastUsed()).toBe(start.toISOString());
    clock.advance(40_000);
    await withKey(secret).data(CategoriesDocument);
    expect(await lastUsed()).toBe(start.toISOString());
    clock.advance(30_000);
    await withKey(secret).data(CategoriesDocument);
    expect(await lastUsed()).toBe(new Date(start.getTime() + 70_000).toISOString());
  });
});

describe('what a key reaches', () => {
  it('reads me, the catalogue and search with the right scopes, and is refused what its scopes lack', async () => {
    const owner = await signedInUser(t);
    const expert = await searchableExpert();
    const { secret } = await createKey(owner, ['CATALOG_READ', 'SEARCH']);
    const key = withKey(secret);
    const ownerAccount = (await owner.data(MeDocument)).me!;

    expect((await key.data(MeDocument)).me).toEqual(ownerAccount);
    expect((await key.data(CategoriesDocument)).categories.map((c) => c.slug)).toContain('music');
    expect((await key.data(ExpertProfileDocument, { slug: expert.expert.slug })).expert?.id).toBe(expert.expert.id);
    const found = expectType(
      (await key.data(SearchExpertsDocument, { input: { query: expert.expert.displayName } })).searchExperts,
      'ExpertSearchConnection',
    );
    expect(found.edges.map((edge) => edge.node.expert.id)).toContain(expert.expert.id);
    const bookings = await key.execute(MyBookingsDocument, {});
    expect(errorOf(bookings)).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('BOOKINGS_READ') });
    expect(bookings.data).toBeNull();

    const catalogOnly = withKey((await createKey(owner, ['CATALOG_READ'])).secret);
    const refused = await catalogOnly.execute(SearchExpertsDocument, { input: { query: 'guitar' } });
    expect(errorOf(refused)).toMatchObject({
      extensions: { code: 'FORBIDDEN', requiredScope: 'SEARCH' },
      message: expect.stringContaining('SEARCH'),
    });
    expect(errorOf(await catalogOnly.execute(SearchSuggestionsDocument, { prefix: 'gui' }))?.extensions?.code).toBe('FORBIDDEN');
  });

  it('reads its owner’s bookings with BOOKINGS_READ, and not the catalogue', async () => {
    const owner = await signedInUser(t);
    const expert = await bookableExpert(t, { prices: [{ model: 'FREE', durationMinutes: 30 }] });
    const input = { offeringId: expert.offerings[0]!.id, startsAt: '2048-03-03T09:00:00Z', timeZone: 'Europe/Paris' };
    const booking = expectType((await owner.data(BookSlotDocument, { input })).bookSlot, 'BookingSuccess').booking;
    const key = withKey((await createKey(owner, ['BOOKINGS_READ'])).secret);

    expect((await key.data(MyBookingsDocument, {})).myBookings.edges.map((edge) => edge.node.id)).toEqual([booking.id]);
    expect((await key.data(BookingDocument, { id: booking.id })).booking?.status).toBe(booking.status);
    const catalog = await key.execute(CategoriesDocument);
    expect(errorOf(catalog)).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('CATALOG_READ') });
  });

  it('never acts as an admin: an admin’s key reads only what the admin takes part in', async () => {
    const stranger = await signedInUser(t);
    const expert = await bookableExpert(t, { prices: [{ model: 'FREE', durationMinutes: 30 }] });
    const input = { offeringId: expert.offerings[0]!.id, startsAt: '2048-03-04T09:00:00Z', timeZone: 'Europe/Paris' };
    const booking = expectType((await stranger.data(BookSlotDocument, { input })).bookSlot, 'BookingSuccess').booking;
    const admin = await signInAs(t, await createUser(t.app.database.db, { roles: ['USER', 'ADMIN'] }));
    expect((await admin.data(BookingDocument, { id: booking.id })).booking?.id).toBe(booking.id);

    const key = withKey((await createKey(admin, ['BOOKINGS_READ'])).secret);
    const asKey = await key.execute(BookingDocument, { id: booking.id });
    expect(asKey.data?.booking ?? null).toBeNull();
  });

  it('reads its owner’s webhook endpoints and deliveries with WEBHOOKS_READ, and nobody else’s', async () => {
    const owner = await signedInUser(t);
    const input = { url: 'https://partner.example/hooks', description: 'CRM', eventTypes: ['BOOKING_CONFIRMED' as const] };
    const created = expectType(
      (await owner.data(CreateWebhookEndpointDocument, { input })).createWebhookEndpoint,
      'WebhookEndpointSecretPayload',
    );
    const stranger = await signedInUser(t);
    await stranger.data(CreateWebhookEndpointDocument, { input: { ...input, url: 'https://stranger.example/hooks' } });

    const reader = withKey((await createKey(owner, ['WEBHOOKS_READ'])).secret);
    const endpoints = (await reader.data(MyWebhookEndpointsDocument, {})).myWebhookEndpoints;
    expect(endpoints.map((endpoint) => [endpoint.id, endpoint.url])).toEqual([[created.endpoint.id, 'https://partner.example/hooks']]);

    const searcher = withKey((await createKey(owner, ['SEARCH'])).secret);
    expect(errorOf(await searcher.execute(MyWebhookEndpointsDocument, {}))).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringContaining('WEBHOOKS_READ'),
    });
  });

  it('cannot run mutations, manage keys or sign out, whatever its scopes', async () => {
    const owner = await signedInUser(t);
    const expert = await bookableExpert(t, { prices: [{ model: 'FREE', durationMinutes: 30 }] });
    const { secret, apiKey } = await createKey(owner, ['CATALOG_READ', 'SEARCH', 'BOOKINGS_READ', 'WEBHOOKS_READ']);
    const key = withKey(secret);

    const book = await key.execute(BookSlotDocument, {
      input: { offeringId: expert.offerings[0]!.id, startsAt: '2048-03-03T10:00:00Z', timeZone: 'Europe/Paris' },
    });
    expect(errorOf(book)?.extensions?.code).toBe('FORBIDDEN');
    expect(errorOf(await key.execute(CreateApiKeyDocument, { input: { name: 'Sneaky', scopes: ['SEARCH'] } }))?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(errorOf(await key.execute(RevokeApiKeyDocument, { input: { id: apiKey.id } }))?.extensions?.code).toBe('FORBIDDEN');
    expect(errorOf(await key.execute(MyApiKeysDocument))?.extensions?.code).toBe('FORBIDDEN');
    expect(errorOf(await key.execute(SignOutDocument))?.extensions?.code).toBe('FORBIDDEN');

    // Nothing happened: no booking, still one live key, and the owner's browser session still works.
    expect((await owner.data(MyBookingsDocument, {})).myBookings.edges).toEqual([]);
    expect((await owner.data(MyApiKeysDocument)).myApiKeys).toMatchObject([{ id: apiKey.id, name: 'My booking widget', revokedAt: null }]);
  });
});

describe('refused keys', () => {
  const expectUnauthenticated = async (response: Response, what = '') => {
    expect(response.status, what).toBe(401);
    expect(response.headers.get('www-authenticate'), what).toBe('Bearer');
    expect(response.headers.get('content-type'), what).toMatch(/^application\/(graphql-response\+)?json/);
    const body = (await response.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
    expect(body.data, what).toBeUndefined();
    expect(body.errors[0]!.extensions.code, what).toBe('UNAUTHENTICATED');
    return body.errors[0]!.message;
  };
  const me = { query: print(MeDocument) };

  it('answers 401 UNAUTHENTICATED to a revoked, unknown or malformed key, even beside a valid cookie', async () => {
    const owner = await signedInUser(t);
    const { secret, apiKey } = await createKey(owner, ['CATALOG_READ']);
    expect((await owner.data(RevokeApiKeyDocument, { input: { id: apiKey.id } })).revokeApiKey.apiKey.revokedAt).toBe(start.toISOString());

    await expectUnauthenticated(await withKey(secret).raw(me));
    await expectUnauthenticated(await withKey(`skc_${'A'.repeat(43)}`).raw(me));
    await expectUnauthenticated(await withKey('not-a-key').raw(me));
    await expectUnauthenticated(await t.client().raw(me, { headers: { authorization: 'Bearer' } }));
    // The Bearer header wins over the cookie: a bad key is never quietly replaced by the browser session.
    await expectUnauthenticated(await owner.raw(me, { headers: { authorization: `Bearer ${secret}` } }));
  });

  it('answers 401 with what to send to an Authorization that is not `Bearer <key>`, even beside a valid cookie', async () => {
    const owner = await signedInUser(t);
    const malformed = ['Basic dXNlcjpwYXNzd29yZA==', 'Token abc', `skc_${'A'.repeat(43)}`, 'Bearer', 'Bearer  ', 'Bearer two words'];
    for (const authorization of malformed) {
      const message = await expectUnauthenticated(await owner.raw(me, { headers: { authorization } }), authorization);
      expect(message, authorization).toBe(
        'The Authorization header must be `Bearer <API key>` (keys start with `skc_`); other schemes, such as Basic, are not accepted.',
      );
    }
    await expectUnauthenticated(await withKey('not-a-key-format').raw(me));
    // No Authorization at all is the browser's way: the cookie session.
    expect(await (await owner.raw(me)).json()).toMatchObject({ data: { me: { id: expect.any(String) } } });
  });

  it('lets only the owner revoke a key; another user gets NOT_FOUND and the key keeps working', async () => {
    const owner = await signedInUser(t);
    const other = await signedInUser(t);
    const { secret, apiKey } = await createKey(owner, ['CATALOG_READ']);
    expect(errorOf(await other.execute(RevokeApiKeyDocument, { input: { id: apiKey.id } }))?.extensions?.code).toBe('NOT_FOUND');
    expect(errorOf(await t.client().execute(RevokeApiKeyDocument, { input: { id: apiKey.id } }))?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await other.data(MyApiKeysDocument)).myApiKeys).toEqual([]);
    expect((await withKey(secret).raw({ query: print(CategoriesDocument) })).status).toBe(200);
  });
});

describe('rate limit per key', () => {
  it('counts down in RateLimit headers, then answers 429 RATE_LIMITED without running; each key has its own budget', async () => {
    const owner = await signedInUser(t);
    const first = withKey((await createKey(owner, ['CATALOG_READ'])).secret);
    const second = withKey((await createKey(owner, ['CATALOG_READ'])).secret);
    const categories = { query: print(CategoriesDocument) };

    const remaining: string[] = [];
    for (let i = 0; i < perMinute; i += 1) {
      const response = await first.raw(categories);
      expect(response.status).toBe(200);
      expect(response.headers.get('ratelimit-limit')).toBe(String(perMinute));
      expect(Number(response.headers.get('ratelimit-reset'))).toBeGreaterThanOrEqual(1);
      expect(Number(response.headers.get('ratelimit-reset'))).toBeLessThanOrEqual(60);
      remaining.push(response.headers.get('ratelimit-remaining')!);
    }
    expect(remaining).toEqual(['5', '4', '3', '2', '1', '0']);

    const over = await first.raw(categories);
    expect(over.status).toBe(429);
    const retryAfter = Number(over.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(over.headers.get('ratelimit-remaining')).toBe('0');
    const body = (await over.json()) as { data?: unknown; errors: { extensions: { code: string; retryAfterSeconds: number } }[] };
    expect(body.data).toBeUndefined(); // the operation did not run
    expect(body.errors[0]!.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: retryAfter });

    const other = await second.raw(categories);
    expect(other.status).toBe(200);
    expect(other.headers.get('ratelimit-remaining')).toBe(String(perMinute - 1));

    // Browser sessions are not limited by it.
    for (let i = 0; i <= perMinute; i += 1) {
      const response = await owner.raw(categories);
      expect(response.status).toBe(200);
      expect(response.headers.get('ratelimit-limit')).toBeNull();
    }
  });
});

describe('keys over WebSocket', () => {
  /** A graphql-ws client sending the key in `connectionParams.authorization`; the first result, or the close code. */
  async function overWebSocket(secret: string, document: Parameters<typeof print>[0], authorization: unknown = `Bearer ${secret}`) {
    const client = createClient({
      url: `${t.url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization },
      retryAttempts: 0,
    });
    try {
      return await new Promise<
        { data?: unknown; errors?: readonly { extensions?: Record<string, unknown> }[] } | { closeCode: number; reason: string }
      >((resolve) => {
        client.subscribe(
          { query: print(document) },
          {
            next: (value) => resolve(value as { data?: unknown }),
            error: (error) =>
              resolve(
                Array.isArray(error)
                  ? { errors: error }
                  : { closeCode: (error as { code: number }).code, reason: (error as { reason: string }).reason },
              ),
            complete: () => {},
          },
        );
      });
    } finally {
      await client.dispose();
    }
  }

  it('accepts the key in connectionParams with the same scopes, and closes the connection for an unknown key', async () => {
    const owner = await signedInUser(t);
    const { secret } = await createKey(owner, ['CATALOG_READ']);
    expect(await overWebSocket(secret, MeDocument)).toMatchObject({ data: { me: { id: (await owner.data(MeDocument)).me!.id } } });
    expect(await overWebSocket(secret, MyBookingChangedDocument)).toMatchObject({
      errors: [{ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('BOOKINGS_READ') }],
    });
    expect(await overWebSocket(`skc_${'B'.repeat(43)}`, MeDocument)).toMatchObject({ closeCode: 4401 });
  });

  it('closes the connection, saying what to send, when connectionParams.authorization is not `Bearer <key>`', async () => {
    for (const authorization of ['Basic dXNlcjpwYXNzd29yZA==', `skc_${'B'.repeat(43)}`, 'Bearer', 42]) {
      expect(await overWebSocket('', MeDocument, authorization), String(authorization)).toEqual({
        closeCode: 4401,
        reason: 'Authorization must be `Bearer <API key>`',
      });
    }
  });
});
