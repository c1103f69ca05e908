/**
 * The developer page: a visitor opens it from the footer, reads `searchExperts` as the schema describes it, narrows
 * the reference with the filter, and follows a return type to its section; a shared link to a type opens scrolled to
 * it; a French visitor is told the reference is in English and copies a curl example.
 */
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { field, launchBrowser, newVisitor } from './browser';

let browser: Browser;
const baseUrl = inject('baseUrl');

/** The committed schema, the page's source: what the page shows must be what it says. */
const schema = buildSchema(readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The reference entry or type section with this anchor (`Query.searchExperts`, `type-Booking`). */
function anchored(page: Page, anchor: string): Locator {
  return page.locator(`[id="${anchor}"]`);
}

/** Whether the element's top is inside the window now (the page scrolled to it). */
function inView(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const { top } = element.getBoundingClientRect();
    return top >= 0 && top < window.innerHeight;
  });
}

describe('the developer page', () => {
  it('opens from the footer, documents searchExperts from the schema, filters, and follows a return type to its section', async () => {
    const context = await newVisitor(browser);
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Developers' }).click();
    await page.waitForURL('**/developers');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 10_000 }).toBe('The Skillcall API');
    expect(await page.getByRole('link', { name: 'Your API keys', exact: true }).getAttribute('href')).toBe('/developers/keys');
    expect(await page.getByRole('link', { name: 'Your webhooks', exact: true }).getAttribute('href')).toBe('/developers/webhooks');

    const searchExperts = anchored(page, 'Query.searchExperts');
    const description = schema.getQueryType()!.getFields().searchExperts!.description!;
    await expect.poll(() => searchExperts.textContent(), { timeout: 10_000 }).toContain(description);
    expect(await searchExperts.textContent()).toContain('SearchExpertsInput!');
    expect(await anchored(page, 'Query.categories').count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Webhooks' }).count()).toBe(1);

    await field(page, 'Filter the reference').fill('searchExperts');
    await expect.poll(() => anchored(page, 'Query.categories').count()).toBe(0);
    expect(await anchored(page, 'Mutation.cancelBooking').count()).toBe(0);
    expect(await anchored(page, 'type-Booking').count()).toBe(0);
    expect(await searchExperts.isVisible()).toBe(true);
    expect(await page.getByTestId('reference-filter-count').textContent()).toMatch(/^Showing \d+ types? and \d+ fields? or values?\.$/);
    expect(await page.getByRole('heading', { name: 'Getting started' }).count()).toBe(0);

    await searchExperts.getByRole('link', { name: 'SearchExpertsResult', exact: true }).click();
    await page.waitForURL('**/developers#type-SearchExpertsResult');
    const result = anchored(page, 'type-SearchExpertsResult');
    await expect.poll(() => inView(result)).toBe(true);
    expect(await field(page, 'Filter the reference').inputValue()).toBe('');
    expect(await result.getByRole('link', { name: 'ExpertSearchConnection' }).count()).toBe(1);
    expect(await result.getByRole('link', { name: 'InvalidInputError' }).count()).toBe(1);
    // The filter was cleared to show the target: the rest of the reference is back.
    expect(await anchored(page, 'Query.categories').count()).toBe(1);
    await context.close();
  });

  it('opens a shared link scrolled to its type, and says when nothing matches the filter', async () => {
    const context = await newVisitor(browser);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/developers#type-Booking`);
    const booking = anchored(page, 'type-Booking');
    await expect.poll(() => booking.count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => inView(booking)).toBe(true);
    expect(await booking.textContent()).toContain(schema.getType('Booking')!.description!);

    await field(page, 'Filter the reference').fill('zzzz-nothing');
    await expect.poll(() => page.getByText('Nothing in the reference matches “zzzz-nothing”.').count()).toBe(1);
    await page.getByRole('button', { name: 'Clear the filter' }).click();
    await expect.poll(() => anchored(page, 'Query.searchExperts').count()).toBe(1);
    await context.close();
  });

  it('tells a French visitor the reference is in English, and copies a curl example', async () => {
    const context = await newVisitor(browser, 'fr-FR');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Développeurs' }).click();
    await page.waitForURL('**/developers');
    await expect.poll(() => page.getByText(/La référence est en anglais/).count(), { timeout: 10_000 }).toBe(1);
    expect(await page.getByRole('heading', { name: 'Premiers pas' }).count()).toBe(1);

    const firstExample = page.getByTestId('api-example').first();
    const copy = firstExample.getByRole('button', { name: /^Copier.*curl$/ });
    await copy.click();
    await expect.poll(() => copy.textContent()).toBe('Copié');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`curl ${baseUrl}/graphql`);
    expect(copied).toContain('searchExperts');
    await context.close();
  });
});
