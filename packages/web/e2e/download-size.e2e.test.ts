/**
 * What a first visit downloads (issue 23, "Half the download"): the home page's scripts within budget, only the
 * page's own chunk (others load on navigation), one language's strings and only the groups its code shows (each page's
 * come with it, and none is missing), little render-blocking CSS, no source maps.
 * Sizes are gzipped, as bench/first-load.mjs measures them (`pnpm --filter @skillcall/web measure:first-load`).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { firstLoad, homeJsBudgetBytes } from '../bench/first-load.mjs';
import { demoPassword } from '../../api/src/seed/demo';
import { launchBrowser, signIn } from './browser';

const baseUrl = inject('baseUrl');
const distDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
/**
 * Issue 23's budget, 200 kB (`homeJsBudgetBytes`): the home page loaded 406 kB before pages, styles, strings and
 * documents were split, 256 kB with one strings file per language, 211 kB with strings per chunk and one chunk of
 * the first download's libraries, 204.6 kB with the header's inputs and buttons plain, no language detector, and
 * the bottom bar and update notice loaded when shown, and within 200 kB once a first visit registered its service
 * worker without workbox-window, the signed-in header and the language's save to the account loaded when used, and
 * the registered operations went out without Apollo's persisted-query link. Keep it there.
 */
const homeJsCeiling = homeJsBudgetBytes;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser({ fakeDevices: false });
});
afterAll(() => browser?.close());

describe('the first download', () => {
  it('keeps the home page within its budget, with its own chunk only and little render-blocking CSS', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US' });
    const home = await firstLoad(context, `${baseUrl}/`, distDir);
    expect(home.jsGzip).toBeLessThanOrEqual(homeJsCeiling);
    expect(home.blockingCssGzip).toBeLessThanOrEqual(20_000);
    const names = home.scripts.map((file) => path.basename(file).replace(/-[\w-]{6,8}\.js$/, ''));
    expect(names).toContain('home');
    for (const other of ['bookings', 'booking', 'dashboard', 'session-room', 'search', 'expert', 'developers', 'account']) {
      expect(names).not.toContain(other);
    }
    const strings = names.filter((name) => name.startsWith('strings-'));
    expect(strings).toContain('strings-en-home');
    expect(strings).toContain('strings-en-header');
    expect(strings.filter((name) => !name.startsWith('strings-en-'))).toEqual([]);
    // Other pages' strings come with them.
    for (const other of ['strings-en-expert', 'strings-en-booking', 'strings-en-room', 'strings-en-admin']) {
      expect(strings).not.toContain(other);
    }

    // Another page's code arrives when it is opened.
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const searchChunk = page.waitForRequest((request) => /\/assets\/search-[\w-]{8}\.js$/.test(request.url()));
    await page.getByRole('combobox', { name: 'Search' }).fill('guitar');
    await page.getByRole('combobox', { name: 'Search' }).press('Enter');
    await searchChunk;
    await page.waitForURL(/\/search\?q=guitar/);
    await context.close();
  });

  it('downloads the French strings alone for a French visitor', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block', locale: 'fr-FR' });
    const home = await firstLoad(context, `${baseUrl}/`, distDir);
    const names = home.scripts.map((file) => path.basename(file).replace(/-[\w-]{6,8}\.js$/, ''));
    expect(names).toContain('strings-fr-home');
    expect(names.filter((name) => name.startsWith('strings-') && !name.startsWith('strings-fr-'))).toEqual([]);
    await context.close();
  });

  it('shows every string of a page, in the language switched to, with each page bringing its own', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US' });
    const page = await context.newPage();
    const missing: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().startsWith('Missing string')) missing.push(message.text());
    });
    await page.goto(`${baseUrl}/search?q=guitar`);
    await page.locator('main a[href^="/experts/"]').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    // The expert page's own strings, in French, once switched.
    await page.getByRole('heading', { name: /^À propos/ }).waitFor();
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByRole('heading', { level: 1, name: 'Connectez-vous à Skillcall' }).waitFor();
    expect(missing).toEqual([]);
    await context.close();
  });

  it('shows every string when a French account signs in on an English browser, on each page opened afterwards', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-US' });
    const page = await context.newPage();
    const missing: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().startsWith('Missing string')) missing.push(message.text());
    });
    await signIn(page, 'expert@skillcall.test', demoPassword);
    // Each page loads in the browser's English, then switches to the account's French while its code and the
    // signed-in parts (bottom navigation) load: their strings must come in French too.
    for (const [path, heading] of [
      ['/dashboard', 'Votre tableau de bord'],
      ['/bookings', 'Mes réservations'],
      ['/account', 'Votre compte'],
      ['/dashboard/earnings', 'Vos gains'],
    ] as const) {
      await page.goto(`${baseUrl}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await page.waitForLoadState('networkidle');
    }
    expect(missing).toEqual([]);
    await context.close();
  });

  it('has the opened page’s chunk and strings preloaded by the server, in the browser’s language', async () => {
    const html = await (await fetch(`${baseUrl}/search?q=guitar`, { headers: { 'accept-language': 'fr-FR,fr;q=0.9' } })).text();
    const preloaded = [...html.matchAll(/<link rel="modulepreload" crossorigin href="\/assets\/([^"]+)"/g)].map((m) => m[1]!);
    expect(preloaded.some((file) => /^search-[\w-]{8}\.js$/.test(file))).toBe(true);
    expect(preloaded.some((file) => file.startsWith('strings-fr-search-'))).toBe(true);
    expect(preloaded.some((file) => file.startsWith('strings-en-'))).toBe(false);
    expect(preloaded.some((file) => /^expert-/.test(file))).toBe(false);
  });

  it('serves no source maps', async () => {
    const html = await (await fetch(baseUrl)).text();
    const entry = /src="(\/assets\/index-[\w-]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const script = await (await fetch(`${baseUrl}${entry}`)).text();
    expect(script).not.toContain('sourceMappingURL');
    expect((await fetch(`${baseUrl}${entry}.map`)).status).toBe(404);
  });
});
