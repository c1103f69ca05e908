/**
 * Accessibility: axe-core (WCAG 2.0 A and AA, WCAG 2.1 AA, no rule disabled) on every route of the SPA, as an
 * anonymous visitor, a user, an expert and an admin, in English and in French, at 1280×800 and 390×844. The data is
 * made the way people make it: an expert with a paid and a free offering goes available, a user asks for help now on
 * the free one (a confirmed booking whose room is open: its lobby is the device check), and books a slot of the paid
 * one (a booking awaiting payment and its offline checkout). Any violation fails, listed as route, viewport, rule,
 * selector and what to fix. One browser; each role and language has one context, and each page is loaded once and
 * scanned at both sizes.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { connectDatabase, type DbHandle } from '../../api/src/platform/db/client';
import { launchBrowser } from './browser';
import { createRouteData, resolveRoute, routesOf, settled, type Role, type RouteData } from './every-route';

let browser: Browser;
let database: DbHandle;
const baseUrl = inject('baseUrl');

type Language = 'en' | 'fr';
type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

const viewports = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

let data: RouteData;

beforeAll(async () => {
  browser = await launchBrowser();
  database = connectDatabase(inject('e2eDatabaseUrl'), 2);
  data = await createRouteData(browser, database, baseUrl);
});

afterAll(async () => {
  await browser?.close();
  await database?.close();
});

/** A context for this role speaking this language (chosen on the device, so it wins over the account's). */
async function contextFor(role: Role, language: Language): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: language === 'fr' ? 'fr-FR' : 'en-US',
    timezoneId: language === 'fr' ? 'Europe/Paris' : 'America/New_York',
    storageState: data.sessions[role],
  });
  await context.addInitScript((chosen) => window.localStorage.setItem('skillcall.language', chosen), language);
  return context;
}

/** Two animation frames: the layout has followed a change of viewport. */
const nextFrames = (page: Page) =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

/** One line per rule and place: where, which rule, how bad, which elements and what to fix. */
function describeViolations(where: string, violations: Violation[]): string[] {
  return violations.map((violation) => {
    const nodes = violation.nodes
      .slice(0, 5)
      .map((node) => `    ${node.target.join(' ')}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`)
      .join('\n');
    const more = violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more` : '';
    return `${where}: ${violation.id} (${violation.impact}) ${violation.help}\n${nodes}${more}`;
  });
}

async function scan(page: Page, where: string): Promise<string[]> {
  // Legacy mode runs axe in the page in one go: the default runs it per frame, then opens a page to merge the partial
  // results, three times slower on /developers (11,000 elements). The SPA has no cross-origin frame to reach.
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).setLegacyMode(true).analyze();
  return describeViolations(where, results.violations);
}

describe('accessibility', () => {
  const cases = (['visitor', 'user', 'expert', 'admin'] as const).flatMap((role) =>
    (['en', 'fr'] as const).map((language) => ({ role, language })),
  );

  // Two at a time: each runs in its own page (its own renderer process), so both cores work while axe scans.
  it.concurrent.for(cases)(
    'every page of the $role in $language passes axe at both sizes',
    { timeout: 240_000 },
    async ({ role, language }, { expect }) => {
      const context = await contextFor(role, language);
      const page = await context.newPage();
      const found: string[] = [];
      for (const route of routesOf(role, data.paths)) {
        const path = await resolveRoute(page, baseUrl, route);
        await page.setViewportSize(viewports[0]);
        await page.goto(`${baseUrl}${path}`);
        await settled(page);
        for (const viewport of viewports) {
          await page.setViewportSize(viewport);
          await nextFrames(page);
          found.push(...(await scan(page, `${language} ${viewport.width}×${viewport.height} ${path}`)));
        }
      }
      await context.close();
      expect(found, `${found.length} accessibility violation(s):\n${found.join('\n')}`).toEqual([]);
    },
  );
});
