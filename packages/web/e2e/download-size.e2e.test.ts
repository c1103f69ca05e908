/**
 * What a first visit downloads (issue 23, "Half the download"): the home page's scripts within budget, only the
 * page's own chunk (others load on navigation), one language's strings, little render-blocking CSS, no source maps.
 * Sizes are gzipped, as bench/first-load.mjs measures them (`pnpm --filter @skillcall/web measure:first-load`).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { firstLoad } from '../bench/first-load.mjs';
import { launchBrowser } from './browser';

const baseUrl = inject('baseUrl');
const distDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
/**
 * A ratchet, not the goal: issue 23 asks for 200 kB; the home page loaded 406 kB before pages, styles, strings and
 * documents were split, and 252 kB after. Lower it as the download shrinks.
 */
const homeJsCeiling = 260_000;

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
    const names = home.scripts.map((file) => path.basename(file).replace(/-[\w-]{8}\.js$/, ''));
    expect(names).toContain('home');
    for (const other of ['bookings', 'booking', 'dashboard', 'session-room', 'search', 'expert', 'developers', 'account']) {
      expect(names).not.toContain(other);
    }
    expect(names).toContain('en');
    expect(names).not.toContain('fr');

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
    const names = home.scripts.map((file) => path.basename(file).replace(/-[\w-]{8}\.js$/, ''));
    expect(names).toContain('fr');
    expect(names).not.toContain('en');
    await context.close();
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
