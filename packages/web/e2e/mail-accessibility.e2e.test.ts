/**
 * The mails' HTML in a real browser: axe-core (WCAG 2.0 A and AA, WCAG 2.1 AA, no rule disabled: contrast, lang,
 * image alternatives, link names…) on representative templates, in English and French, on a phone and a desktop
 * width, in the light and the dark colour scheme (the mail's own dark colours, which Apple Mail and others apply).
 * Chromium computes the colours that axe compares; a DOM without layout (jsdom) leaves contrast undecided. The API's
 * unit test (`templates.test.ts`) covers every template's content.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { renderMail, type MailTemplate } from '../../api/src/modules/notifications/templates';
import { launchBrowser } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser({ fakeDevices: false, grantMedia: false });
});

afterAll(async () => {
  await browser?.close();
});

const session = {
  name: 'Zoé & Co',
  other: 'Bob O’Brien',
  title: 'Guitar basics',
  when: 'Monday 9 March 2048 at 09:00 CET',
  zone: 'Europe/Paris',
};
/** A quotation, details with an amount, optional paragraphs and an unsubscribe link: every part the layout has. */
const samples: { template: MailTemplate; params: Record<string, string>; unsubscribeUrl?: string }[] = [
  {
    template: 'bookingConfirmed',
    params: { ...session, url: 'https://skillcall.test/bookings/1' },
    unsubscribeUrl: 'https://skillcall.test/unsubscribe?token=t',
  },
  {
    template: 'applicationRejected',
    params: { name: 'Zoé', reason: 'Too short.\nAdd details.', url: 'https://skillcall.test/become-an-expert' },
  },
  {
    template: 'paymentReceipt',
    params: {
      ...session,
      amount: '€45.00',
      offline: 'No real money moved.',
      guarantee: 'Not satisfied? Ask.',
      url: 'https://skillcall.test/bookings/2',
    },
  },
];

describe('mail accessibility', () => {
  const cases = samples.flatMap((sample) => (['en', 'fr'] as const).map((locale) => ({ ...sample, locale })));

  it.for(cases)('$template in $locale passes axe on a phone and a desktop, light and dark', async (sample, { expect }) => {
    const { html } = await renderMail(sample.template, sample.locale, sample.params, { unsubscribeUrl: sample.unsubscribeUrl });
    const page = await browser.newPage();
    try {
      await page.setContent(html);
      const found: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        for (const viewport of [
          { width: 390, height: 844 },
          { width: 1280, height: 800 },
        ]) {
          await page.setViewportSize(viewport);
          const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).setLegacyMode(true).analyze();
          found.push(
            ...results.violations.map(
              (v) => `${colorScheme} ${viewport.width}px: ${v.id} ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
            ),
          );
        }
      }
      expect(found).toEqual([]);
      expect(await page.locator('html').getAttribute('lang')).toBe(sample.locale);
    } finally {
      await page.close();
    }
  });
});
