/** A new visitor signs up in French, signs out, signs in again, and switches language, in a real Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { Browser } from 'playwright-core';
import { field, launchBrowser, newVisitor } from './browser';

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('accounts in the browser', () => {
  it('signs up in French, signs out, signs back in, and switches the interface to English', async () => {
    const context = await newVisitor(browser, 'fr-FR');
    const page = await context.newPage();
    const email = `lea.${Date.now()}@exemple.fr`;

    await page.goto(baseUrl);
    await expect.poll(() => page.getByRole('heading', { name: 'De l’aide en direct par de vrais experts' }).isVisible()).toBe(true);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await page.getByRole('link', { name: 'S’inscrire' }).click();

    await field(page, 'Nom affiché').fill('Léa Dupont');
    await field(page, 'Adresse e-mail').fill(email);
    await field(page, 'Mot de passe').fill('court');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await expect.poll(() => page.getByText('Utilisez au moins 10 caractères.').isVisible()).toBe(true);

    await field(page, 'Mot de passe').fill('un mot de passe assez long');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.waitForURL('**/account');
    await expect.poll(() => page.getByTestId('account-name').textContent()).toBe('Léa Dupont');
    expect(await page.getByTestId('header-user-menu').textContent()).toContain('Léa Dupont');
    // The welcome toast leaves the header alone: the user menu stays visible and clickable under no toast.
    const welcome = page.getByRole('alert').filter({ hasText: 'Léa Dupont' });
    await welcome.waitFor();
    const [toastBox, headerBox] = [await welcome.boundingBox(), await page.locator('header').first().boundingBox()];
    expect(toastBox!.y).toBeGreaterThanOrEqual(headerBox!.y + headerBox!.height);

    await page.getByRole('main').getByRole('button', { name: 'Se déconnecter' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Se connecter' }).isVisible()).toBe(true);
    // Addresses typed by habit lead to the app's own pages.
    await page.goto(`${baseUrl}/login`);
    await page.waitForURL('**/sign-in');
    await page.goto(`${baseUrl}/signup`);
    await page.waitForURL('**/sign-up');
    await expect.poll(() => page.getByRole('button', { name: 'Créer mon compte' }).isVisible()).toBe(true);
    await page.goto(baseUrl);

    await page.getByRole('link', { name: 'Se connecter' }).click();
    await field(page, 'Adresse e-mail').fill(email);
    await field(page, 'Mot de passe').fill('pas le bon mot de passe');
    await page.getByRole('main').getByRole('button', { name: 'Se connecter', exact: true }).click();
    await expect.poll(() => page.getByText('L’adresse e-mail ou le mot de passe est incorrect.').isVisible()).toBe(true);
    await field(page, 'Mot de passe').fill('un mot de passe assez long');
    await page.getByRole('main').getByRole('button', { name: 'Se connecter', exact: true }).click();
    await page.waitForURL('**/account');
    await expect.poll(() => page.getByTestId('account-name').textContent()).toBe('Léa Dupont');

    await field(page, 'Langue').selectOption('en');
    await expect.poll(() => page.getByRole('heading', { name: 'Your account' }).isVisible()).toBe(true);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'Your account' }).isVisible()).toBe(true);
    await context.close();
  });

  it('resets a forgotten password through the dev mailbox', async () => {
    const context = await newVisitor(browser, 'en-US');
    const page = await context.newPage();
    const email = `sam.${Date.now()}@example.test`;
    await page.goto(`${baseUrl}/sign-up`);
    await field(page, 'Display name').fill('Sam Reset');
    await field(page, 'Email').fill(email);
    await field(page, 'Password').fill('my first long password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/account');
    await page.getByRole('main').getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Sign in' }).isVisible()).toBe(true);

    await page.goto(`${baseUrl}/forgot-password`);
    await field(page, 'Email').fill(email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await expect.poll(() => page.getByText('Check your email').isVisible()).toBe(true);

    // This server keeps its mail (no SMTP_URL): the footer links to the dev mailbox.
    await page.getByRole('contentinfo').getByRole('link', { name: 'Dev mailbox' }).click();
    await page.waitForURL('**/dev/mailbox');
    await page.goto(`${baseUrl}/dev/mailbox?to=${encodeURIComponent(email)}`);
    const mail = page.getByRole('article', { name: 'Reset your Skillcall password' });
    await expect.poll(() => mail.isVisible()).toBe(true);
    await mail.getByRole('link', { name: /reset-password/ }).click();
    await field(page, 'New password').fill('my second long password');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.waitForURL('**/account');
    await expect.poll(() => page.getByTestId('account-name').textContent()).toBe('Sam Reset');
    await context.close();
  });
});
