/**
 * The expert page holds still while it loads on a phone: the loading state has the page's shape and reserves at least
 * a screen, so the footer does not jump from the bottom of the screen when the profile arrives. Measured as the
 * browser does for Core Web Vitals: the sum of layout shifts not caused by input (CLS), which must stay well under
 * "good" (0.1).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectDatabase, type DbHandle } from '../../api/src/platform/db/client';
import { launchBrowser } from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let database: DbHandle;

beforeAll(async () => {
  browser = await launchBrowser({ fakeDevices: false, grantMedia: false });
  database = connectDatabase(inject('e2eDatabaseUrl'), 2);
});
afterAll(async () => {
  await browser?.close();
  await database?.close();
});

declare global {
  interface Window {
    layoutShifts: { value: number; sources: string[] }[];
  }
}

describe('the expert page on a phone', () => {
  it('loads without shifting its layout (CLS under 0.05 at 390×844)', async () => {
    const experts = await database.sql<{ slug: string }[]>`select slug from experts where status = 'ACTIVE' order by slug limit 3`;
    for (const { slug } of experts) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'en-US' });
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.layoutShifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
            if (!entry.hadRecentInput)
              window.layoutShifts.push({
                value: entry.value,
                sources: (entry.sources ?? []).map((source) => source.node?.nodeName ?? '?'),
              });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${baseUrl}/experts/${slug}`, { waitUntil: 'networkidle' });
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.getByRole('contentinfo').waitFor();
      // Two frames: shifts of the last layout are reported to the observer by then.
      const shifts = await page.evaluate(async () => {
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        return window.layoutShifts;
      });
      const cls = shifts.reduce((sum, shift) => sum + shift.value, 0);
      expect(cls, `${slug}: ${JSON.stringify(shifts)}`).toBeLessThan(0.05);
      await context.close();
    }
  });
});
