/**
 * Signing in with an OpenID provider in a real Chromium: the test provider (oidc-provider on 127.0.0.1, started by
 * global-setup.ts as “Test IdP”) shows its own login and consent pages, which the browser fills in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { field, launchBrowser, newVisitor } from './browser';

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser({ fakeDevices: false, grantMedia: false });
});
afterAll(() => browser?.close());

/** At the provider: its login page (any password), then its consent page. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

describe('continue with a provider', () => {
  it('creates the account of a new person at phone width, who confirms time zone and language', async () => {
    const context = await newVisitor(browser, 'en-US');
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/sign-in`);
    const button = page.getByRole('link', { name: 'Continue with Test IdP' });
    await button.waitFor();
    const box = await button.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);

    await button.click();
    await signInAtProvider(page, 'newcomer');
    await page.waitForURL('**/welcome?next=%2Faccount');
    await expect.poll(() => page.getByRole('heading', { name: 'Welcome, Cléo Newcomer' }).isVisible()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Time zone' }).inputValue()).toBe('America/New_York');
    await page.getByRole('button', { name: 'Confirm and continue' }).click();
    await page.waitForURL('**/account');
    await expect.poll(() => page.getByTestId('account-name').textContent()).toBe('Cléo Newcomer');
    const linked = page.getByTestId('linked-providers');
    await expect.poll(() => linked.getByText('Test IdP').isVisible()).toBe(true);
    await context.close();
  });

  it('links an existing account once its owner signs in with their password, then signs in with the provider alone', async () => {
    const context = await newVisitor(browser, 'fr-FR');
    const page = await context.newPage();
    // The owner of the address the provider verified, with a password account.
    await page.goto(`${baseUrl}/sign-up`);
    await field(page, 'Nom affiché').fill('Ada Lovelace');
    await field(page, 'Adresse e-mail').fill('ada@school.example');
    await field(page, 'Mot de passe').fill('un mot de passe assez long');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.waitForURL('**/account');
    await page.getByRole('main').getByRole('button', { name: 'Se déconnecter' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Se connecter' }).isVisible()).toBe(true);

    await page.goto(`${baseUrl}/sign-in`);
    await page.getByRole('link', { name: 'Continuer avec Test IdP' }).click();
    await signInAtProvider(page, 'verified');
    await page.waitForURL('**/sign-in?oidcError=ACCOUNT_EXISTS**');
    await expect.poll(() => page.getByTestId('provider-failure').textContent()).toContain('Connectez-vous-y ci-dessous');

    await field(page, 'Adresse e-mail').fill('ada@school.example');
    await field(page, 'Mot de passe').fill('un mot de passe assez long');
    await page.getByRole('main').getByRole('button', { name: 'Se connecter', exact: true }).click();
    // Back through the provider (signed in there already, consent given), then to the account page.
    await page.waitForURL('**/account');
    const linked = page.getByTestId('linked-providers');
    await expect.poll(() => linked.getByText('ada@school.example', { exact: false }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Le fournisseur est associé', { exact: false }).isVisible()).toBe(true);

    await page.getByRole('main').getByRole('button', { name: 'Se déconnecter' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Se connecter' }).isVisible()).toBe(true);
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByRole('link', { name: 'Continuer avec Test IdP' }).click();
    await page.waitForURL('**/account');
    await expect.poll(() => page.getByTestId('account-name').textContent()).toBe('Ada Lovelace');
    await context.close();
  });
});
