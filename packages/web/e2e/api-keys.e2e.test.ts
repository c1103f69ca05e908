/**
 * Partner API keys: a signed-in user goes from the account page to /developers/keys, is told under the fields what
 * an empty form lacks, creates a key that may read the catalogue and search, and copies the secret shown once. A test
 * client (Node's fetch, no cookie) then runs `me` and `searchExperts` with it; the list shows the key was used. Once
 * revoked in the page, the same client gets 401.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectDatabase, type DbHandle } from '../../api/src/platform/db/client';
import { createUser } from '../../api/src/seed/factories';
import { field, launchBrowser, newVisitor, signIn, textNow } from './browser';

let browser: Browser;
let database: DbHandle;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser({ fakeDevices: false, grantMedia: false });
  database = connectDatabase(inject('e2eDatabaseUrl'), 2);
});
afterAll(async () => {
  await browser?.close();
  await database?.close();
});

/** A partner's app: GraphQL over HTTP with the key only. */
async function callWithKey(secret: string, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, remaining: response.headers.get('ratelimit-remaining'), body };
}

describe('API keys', () => {
  it('creates a key in the page, uses it from a test client, and revokes it', async () => {
    const user = await createUser(database.db, { displayName: 'Priya Integrator' });
    const context = await newVisitor(browser, 'en-US');
    const page = await context.newPage();
    await signIn(page, user.email);
    await page.getByRole('link', { name: 'API keys' }).click();
    await page.waitForURL('**/developers/keys');
    await expect.poll(() => textNow(page, 'api-key-list-empty'), { timeout: 10_000 }).toContain('You have no API keys yet.');

    // An empty form: the API's field errors show under the name and the scopes.
    const form = page.getByTestId('api-key-form');
    await form.getByRole('button', { name: 'Create the key' }).click();
    await expect.poll(() => form.textContent(), { timeout: 10_000 }).toContain('Name the key, e.g. after the app that uses it.');
    expect(await form.textContent()).toContain('Choose at least one thing the key may reach.');

    await field(page, 'Name').fill('Lesson finder');
    await page.getByRole('checkbox', { name: 'Read the catalogue' }).check();
    await page.getByRole('checkbox', { name: 'Search' }).check();
    await form.getByRole('button', { name: 'Create the key' }).click();
    const secretField = page.getByTestId('api-key-secret');
    await secretField.waitFor({ timeout: 10_000 });
    const secret = await secretField.inputValue();
    expect(secret).toMatch(/^skc_[A-Za-z0-9_-]{43}$/);
    expect(await page.getByTestId('api-key-created').textContent()).toContain('you will not see it again');

    const row = page.getByTestId('api-key-row').filter({ hasText: 'Lesson finder' });
    await row.waitFor({ timeout: 10_000 });
    expect(await row.textContent()).toContain(`${secret.slice(0, 10)}…`);
    expect(await row.textContent()).not.toContain(secret);
    expect(await row.textContent()).toContain('Read the catalogue');
    expect(await row.textContent()).toContain('Never');
    expect(await textNow(page, 'api-key-status')).toBe('Active');

    // The partner's app: `me` is the key's owner; search works with the SEARCH scope.
    const me = await callWithKey(secret, '{ me { displayName } }');
    expect(me).toMatchObject({ status: 200, body: { data: { me: { displayName: 'Priya Integrator' } } } });
    expect(Number(me.remaining)).toBeGreaterThan(0);
    const search = await callWithKey(
      secret,
      'query Find($input: SearchExpertsInput!) { searchExperts(input: $input) { __typename ... on ExpertSearchConnection { totalCount } } }',
      { input: { query: 'guitar' } },
    );
    expect(search.status).toBe(200);
    expect(search.body.data?.searchExperts).toMatchObject({ __typename: 'ExpertSearchConnection' });
    expect((search.body.data?.searchExperts as { totalCount: number }).totalCount).toBeGreaterThan(0);

    // Later, the page lists the key as used, and no longer shows its secret.
    await page.reload();
    await row.waitFor({ timeout: 10_000 });
    await expect.poll(async () => (await row.textContent()) ?? '', { timeout: 10_000 }).not.toContain('Never');
    expect(await page.getByTestId('api-key-secret').count()).toBe(0);
    expect(await page.content()).not.toContain(secret);

    await row.getByRole('button', { name: 'Revoke the key “Lesson finder”' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke this key?' });
    await dialog.getByRole('button', { name: 'Revoke the key' }).click();
    await expect.poll(() => textNow(page, 'api-key-status'), { timeout: 10_000 }).toMatch(/^Revoked on /);

    const refused = await callWithKey(secret, '{ me { displayName } }');
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await context.close();
  });
});
