/**
 * On a phone: every route of the SPA at 360×640 with touch, as the people who use it: no page scrolls sideways, and
 * no main control is smaller than 44 px (see `tooSmall` for what counts, and what does not).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectDatabase, type DbHandle } from '../../api/src/platform/db/client';
import { launchBrowser } from './browser';
import { createRouteData, resolveRoute, routesOf, settled, type Role, type RouteData } from './every-route';

let browser: Browser;
let database: DbHandle;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
  database = connectDatabase(inject('e2eDatabaseUrl'), 2);
});
afterAll(async () => {
  await browser?.close();
  await database?.close();
});

/**
 * The main controls on the page smaller than 44 px either way, described. Counted: buttons (Mantine's buttons, icon
 * buttons, close buttons, the menu's trigger), links of the header, the bottom navigation and the footer, links
 * styled as buttons, switches, checkboxes and radios (by their label's whole row, which takes the tap), chips,
 * segmented controls, tabs and form fields. Not counted: links inside running text (WCAG 2.5.8 exempts inline
 * targets), hidden elements, and the day cells of a calendar (a month of 7 columns cannot fit 44 px cells in 360 px
 * with the page's margins).
 */
function tooSmall(): string[] {
  const selector = [
    'button',
    '[role="button"]',
    '[role="tab"]',
    '[role="switch"]',
    'input[type="checkbox"]',
    'input[type="radio"]',
    'header a',
    'nav a',
    'footer a',
    'a.mantine-Button-root',
    'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"])',
    'select',
    'textarea',
  ].join(', ');
  const found: string[] = [];
  for (const element of document.querySelectorAll<HTMLElement>(selector)) {
    if (element.closest('.mantine-DatePicker-day, .mantine-Calendar-root, [aria-hidden="true"]')) continue;
    // A control whose input is drawn by its label (checkbox, radio, switch, chip): the label's row takes the tap. A
    // field's box takes it for the text inside (a password's, a multi-select's between its pills).
    const toggle = element.tagName === 'INPUT' && element.matches('[type="checkbox"], [type="radio"], [role="switch"]');
    const target = toggle
      ? (element.closest('label') ??
        element.closest<HTMLElement>('.mantine-Checkbox-body, .mantine-Radio-body, .mantine-Switch-body, .mantine-Chip-root') ??
        element)
      : element.matches('input, select, textarea')
        ? (element.closest<HTMLElement>('.mantine-Input-wrapper') ?? element)
        : element;
    const box = target.getBoundingClientRect();
    const style = getComputedStyle(target);
    if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
    if (Math.round(box.height) < 44 || Math.round(box.width) < 44) {
      const name = (element.getAttribute('aria-label') ?? element.textContent ?? element.getAttribute('name') ?? '').trim().slice(0, 40);
      found.push(
        `${element.tagName.toLowerCase()}${element.className ? '.' + String(element.className).split(' ')[0] : ''} "${name}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      );
    }
  }
  return found;
}

describe('every route at 360×640 with touch', () => {
  let data: RouteData;
  beforeAll(async () => {
    data = await createRouteData(browser, database, baseUrl);
  });

  it.for(['visitor', 'user', 'expert', 'admin'] as const)(
    'no page of the %s scrolls sideways or has a main control under 44 px',
    { timeout: 240_000 },
    async (role: Role) => {
      const context = await browser.newContext({
        viewport: { width: 360, height: 640 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        locale: 'en-US',
        timezoneId: 'America/New_York',
        storageState: data.sessions[role],
      });
      const page = await context.newPage();
      const found: string[] = [];
      for (const route of routesOf(role, data.paths)) {
        const path = await resolveRoute(page, baseUrl, route);
        await page.goto(`${baseUrl}${path}`);
        await settled(page);
        const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
        if (overflow > 0) found.push(`${path}: scrolls ${overflow} px sideways`);
        for (const control of await page.evaluate(tooSmall)) found.push(`${path}: ${control}`);
        if (process.env.PHONE_SCREENSHOTS) {
          await page.screenshot({ path: `${process.env.PHONE_SCREENSHOTS}/${role}${path.replace(/[/?=&]/g, '_')}.png`, fullPage: true });
        }
      }
      await context.close();
      expect(found, found.join('\n')).toEqual([]);
    },
  );
});
