/**
 * Webhooks, in a browser profile: a signed-out visitor is sent to sign in; a signed-in partner submits the empty form
 * (both fields refused under them), registers a local receiver for one event, copies the secret shown once, sends a
 * test event and sees it delivered with its attempt; the receiver got a request signed with that secret.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectDatabase, type DbHandle } from '../../api/src/platform/db/client';
import { createUser } from '../../api/src/seed/factories';
import { verifyWebhookSignature } from '../../api/src/modules/partners/webhook.policy';
import { startWebhookReceiver, type WebhookReceiver } from '../../api/test/webhook-receiver';
import { field, launchBrowser, newVisitor, signIn, textNow } from './browser';

let browser: Browser;
let database: DbHandle;
let receiver: WebhookReceiver;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
  database = connectDatabase(inject('e2eDatabaseUrl'), 2);
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await browser?.close();
  await database?.close();
  await receiver?.close();
});

describe('webhooks page', () => {
  it('sends a signed-out visitor to sign in', async () => {
    const page = await (await newVisitor(browser)).newPage();
    await page.goto(`${baseUrl}/developers/webhooks`);
    await page.waitForURL(/\/sign-in\?next=%2Fdevelopers%2Fwebhooks$/);
  });

  it('registers an endpoint, shows its secret once, and shows a test event delivered', async () => {
    const page = await (await newVisitor(browser)).newPage();
    await signIn(page, (await createUser(database.db, { displayName: 'Ada Partner' })).email);
    await page.goto(`${baseUrl}/developers/webhooks`);
    await page.getByText('No endpoint yet').waitFor();

    const form = page.getByTestId('webhook-endpoint-form');
    await form.getByRole('button', { name: 'Add the endpoint' }).click();
    await form.getByText('Enter the URL that receives the events.', { exact: true }).waitFor();
    await form.getByText('Choose at least one event.').waitFor();

    await field(page, 'Endpoint URL').fill(receiver.url('/e2e'));
    await field(page, 'Description').fill('Our CRM');
    await form.getByRole('checkbox', { name: /^Booking confirmed/ }).check();
    await form.getByRole('button', { name: 'Add the endpoint' }).click();
    const secret = await page.getByTestId('webhook-secret-value').inputValue({ timeout: 10_000 });
    expect(secret).toMatch(/^whsec_/);

    const endpoint = page.getByTestId('webhook-endpoint');
    await endpoint.getByText(receiver.url('/e2e')).waitFor();
    expect(await textNow(page, 'webhook-endpoint-state')).toBe('Enabled');
    await endpoint.getByText('Nothing sent yet. Send a test event to check your receiver.').waitFor();
    await page.getByRole('button', { name: 'I have stored it' }).click();
    expect(await page.getByTestId('webhook-secret').count()).toBe(0);

    await endpoint.getByRole('button', { name: 'Send test event' }).click();
    await expect.poll(() => textNow(page, 'webhook-delivery-status'), { timeout: 15_000 }).toBe('Delivered');
    await endpoint.getByRole('button', { name: '1 attempt: show' }).click();
    await page.getByTestId('webhook-attempts').getByText('HTTP 200').waitFor();

    const [request] = receiver.received('/e2e');
    expect(request!.headers['skillcall-event-type']).toBe('PING');
    expect(verifyWebhookSignature(secret, String(request!.headers['skillcall-signature']), request!.body)).toBe(true);
  });
});
