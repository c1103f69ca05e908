/**
 * The installable app (issue 23, "Installable"): a valid manifest with the theme's colours, icons (maskable too) and
 * shortcuts; Chromium reports no installability error; the service worker controls the page, leaves the API alone,
 * and offline, a navigation shows the offline page instead of an old copy of anything live.
 */
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, launchProfile } from './browser';

const baseUrl = inject('baseUrl');
const serviceWorkerFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/sw.js');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser({ fakeDevices: false });
});
afterAll(() => browser?.close());

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(bytes: Buffer): string {
  expect([...bytes.subarray(1, 4)]).toEqual([...Buffer.from('PNG')]);
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

/** The home page, once the service worker controls it. */
async function controlledHome(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  return page;
}

describe('the installable app', () => {
  it('links a manifest with names, colours, icons and shortcuts, and Chromium finds it installable', async () => {
    // Chromium calls no incognito page installable: this test has a profile of its own.
    const profile = await mkdtemp(path.join(os.tmpdir(), 'skillcall-installable-'));
    const context = await launchProfile(profile, { fakeDevices: false });
    const page = await controlledHome(context);

    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('/manifest.webmanifest');
    expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe('#1971c2');
    const response = await fetch(`${baseUrl}${href}`);
    expect(response.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    const manifest = (await response.json()) as Record<string, unknown> & {
      icons: { src: string; sizes: string; purpose: string }[];
      shortcuts: { name: string; url: string }[];
      translations: { fr: { name: string; shortcuts: { name: string }[] } };
    };
    expect(manifest).toMatchObject({
      name: 'Skillcall — live help from experts',
      short_name: 'Skillcall',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#1971c2',
      background_color: '#f8f9fa',
      lang: 'en',
    });
    expect(manifest.shortcuts.map(({ name, url }) => [name, url])).toEqual([
      ['Find help', '/search'],
      ['My bookings', '/bookings'],
    ]);
    expect(manifest.translations.fr.shortcuts.map(({ name }) => name)).toEqual(['Trouver de l’aide', 'Mes réservations']);
    for (const icon of manifest.icons) {
      const bytes = Buffer.from(await (await fetch(`${baseUrl}${icon.src}`)).arrayBuffer());
      expect(pngSize(bytes)).toBe(icon.sizes);
    }
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);

    const cdp = await context.newCDPSession(page);
    const { errors } = (await cdp.send('Page.getAppManifest')) as { errors: unknown[] };
    expect(errors).toEqual([]);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
    expect(installabilityErrors).toEqual([]);
    await context.close();
    await rm(profile, { recursive: true, force: true });
  });

  it('controls the page without touching the API, and offline shows the offline page', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await controlledHome(context);

    // Controlled now: the page's GraphQL and the server's own addresses go straight to the network.
    const graphql = page.waitForResponse((r) => new URL(r.url()).pathname === '/graphql');
    await page.reload();
    expect((await graphql).fromServiceWorker()).toBe(false);
    const health = await page.goto(`${baseUrl}/healthz`);
    expect(health?.fromServiceWorker()).toBe(false);

    // Pages themselves come from the network every time (never an old index.html), through the worker.
    const online = await page.goto(`${baseUrl}/search`);
    expect(online?.fromServiceWorker()).toBe(true);
    expect(online?.headers()['cache-control']).toBe('no-cache');

    await context.setOffline(true);
    await page.goto(`${baseUrl}/bookings`);
    await expect.poll(() => page.getByRole('heading', { name: 'You are offline' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Vous êtes hors ligne' }).isVisible()).toBe(true);
    // The server's own addresses are not the worker's: offline, they fail as any request would.
    await expect(page.goto(`${baseUrl}/healthz`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    await context.setOffline(false);
    await context.close();
  });

  it('offers to reload when a newer build is deployed, and the reload runs it', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await controlledHome(context);
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of Skillcall is ready.' });
    expect(await prompt.isVisible()).toBe(false);

    const deployed = await readFile(serviceWorkerFile);
    try {
      // A new build: its worker differs by a byte, which is all a browser compares.
      await appendFile(serviceWorkerFile, '\n// a newer build\n');
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await prompt.waitFor({ timeout: 30_000 });
      await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: 'Reload' }).click()]);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
      expect(await prompt.isVisible()).toBe(false);
    } finally {
      await writeFile(serviceWorkerFile, deployed);
      await context.close();
    }
  });
});
