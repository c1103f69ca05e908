/** A French visitor misspells a search, narrows it to a category, and opens an expert. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newVisitor } from './browser';

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('search in the browser', () => {
  it('finds guitar teachers from a misspelled French query, filters by category, keeps it in the URL, and opens an expert', async () => {
    const context = await newVisitor(browser, 'fr-FR');
    const page = await context.newPage();
    await page.goto(baseUrl);

    const searchBox = page.getByRole('combobox', { name: 'Rechercher' });
    await searchBox.fill('guitre');
    const suggestions = page.getByRole('listbox', { name: 'Suggestions' });
    await expect.poll(() => suggestions.getByRole('option').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    await searchBox.press('Enter');
    await page.waitForURL(/\/search\?q=guitre/);

    const results = page.getByTestId('search-result');
    await expect.poll(() => results.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const count = page.getByTestId('search-count');
    const before = await count.textContent();
    expect(await results.first().locator('mark').first().textContent()).toMatch(/guitar/i);
    // Each card says what the expert's sessions cost, in French ("30,00 € · 45 min", "Gratuit · 30 min"…).
    expect(await results.first().getByTestId('search-result-prices').textContent()).toMatch(/€|Gratuit/);

    await page
      .getByRole('complementary')
      .getByRole('link', { name: /^Musique/ })
      .click();
    await page.waitForURL(/category=music/);
    await expect.poll(() => count.textContent()).toMatch(/\d+\s+experts?/);
    expect(await results.count()).toBeGreaterThan(0);
    expect(
      await page
        .getByText(/Sur rendez-vous|Disponible maintenant/)
        .first()
        .isVisible(),
    ).toBe(true);

    await page.goBack();
    await expect.poll(() => page.url()).not.toMatch(/category=music/);
    await expect.poll(() => count.textContent()).toBe(before);
    await page.goForward();
    await page.waitForURL(/category=music/);

    const firstName = (await results.first().getByRole('heading').textContent())!.trim();
    await results.first().getByRole('link').first().click();
    await page.waitForURL(/\/experts\/[a-z0-9-]+$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(firstName);

    // The header also suggests categories, by a word of their name in either language.
    await searchBox.fill('cuis');
    const category = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option', { name: 'Cuisine', exact: true });
    await expect.poll(() => category.isVisible(), { timeout: 10_000 }).toBe(true);
    await category.click();
    await page.waitForURL(/\/categories\/cooking$/);
    await context.close();
  });

  it('keeps the results "Load more" showed through opening one, back, forward and reload', async () => {
    const context = await newVisitor(browser, 'en-GB');
    const page = await context.newPage();
    await page.goto(`${baseUrl}/search?sort=rating`);
    const results = page.getByTestId('search-result');
    await expect.poll(() => results.count(), { timeout: 10_000 }).toBe(20);

    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => results.count(), { timeout: 10_000 }).toBe(40);
    const names = await results.getByRole('heading').allTextContents();

    await results.nth(30).getByRole('link').first().click();
    await page.waitForURL(/\/experts\/[a-z0-9-]+$/);
    await page.goBack();
    await page.waitForURL(/\/search\?/);
    await expect.poll(() => results.getByRole('heading').allTextContents(), { timeout: 10_000 }).toEqual(names);
    await page.goForward();
    await page.waitForURL(/\/experts\//);
    await page.goBack();
    await expect.poll(() => results.getByRole('heading').allTextContents(), { timeout: 10_000 }).toEqual(names);

    expect(new URL(page.url()).searchParams.get('shown')).toBe('40');
    await page.reload();
    await expect.poll(() => results.getByRole('heading').allTextContents(), { timeout: 10_000 }).toEqual(names);
    await context.close();
  });

  it('opens an address typed in a tab that had scrolled down a page at the top of the new page', async () => {
    const context = await newVisitor(browser, 'en-GB');
    const page = await context.newPage();
    await page.goto(`${baseUrl}/search?sort=rating`);
    const results = page.getByTestId('search-result');
    await expect.poll(() => results.count(), { timeout: 10_000 }).toBe(20);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);

    await page.goto(`${baseUrl}/search?q=guitar`);
    await expect.poll(() => results.count(), { timeout: 10_000 }).toBeGreaterThan(5);
    await page.getByRole('contentinfo').waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await context.close();
  });

  it('says what a misspelled query was read as, with a link to search for it, in English and French', async () => {
    for (const [locale, text] of [
      ['en-GB', 'Showing results for python'],
      ['fr-FR', 'Affichage des résultats pour python'],
    ] as const) {
      const context = await newVisitor(browser, locale);
      const page = await context.newPage();
      await page.goto(`${baseUrl}/search?q=pyhton`);
      const corrected = page.getByTestId('search-corrected');
      await expect.poll(() => corrected.textContent(), { timeout: 10_000 }).toBe(text);
      await corrected.getByRole('link', { name: 'python' }).click();
      await page.waitForURL(/\/search\?q=python$/);
      await expect.poll(() => page.getByTestId('search-result').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      await expect.poll(() => corrected.count()).toBe(0);
      await context.close();
    }
  });
});
