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
import { createBookableExpert } from '../../api/src/seed/bookable-expert';
import { createUser } from '../../api/src/seed/factories';
import { launchBrowser, newVisitor, signIn } from './browser';

let browser: Browser;
let database: DbHandle;
const baseUrl = inject('baseUrl');

type Role = 'visitor' | 'user' | 'expert' | 'admin';
type Language = 'en' | 'fr';
type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

const viewports = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

/** Each role's cookies once signed in, and the paths only this run's data has. */
const sessions: Partial<Record<Role, StorageState>> = {};
const paths = { offering: '', freeBooking: '', paidBooking: '', checkout: '', helpRequest: '' };

beforeAll(async () => {
  browser = await launchBrowser();
  database = connectDatabase(inject('e2eDatabaseUrl'), 2);

  const expert = await createBookableExpert(database.db, {
    displayName: 'Maya Brooks',
    prices: [
      { model: 'PER_SESSION', amountMinor: 4_500, currency: 'EUR', durationMinutes: 30 },
      { model: 'FREE', durationMinutes: 30 },
    ],
  });
  const client = await createUser(database.db, { displayName: 'Noah Reader', timeZone: 'America/New_York' });
  const admin = await createUser(database.db, { displayName: 'Alex Admin', roles: ['USER', 'ADMIN'] });
  const [paid, free] = expert.offerings;
  paths.offering = `/experts/${expert.expert.slug}/${paid!.slug}`;

  const expertContext = await newVisitor(browser, 'en-US');
  const expertPage = await expertContext.newPage();
  await signIn(expertPage, expert.user.email);
  await expertPage.goto(`${baseUrl}/dashboard`);
  await expertPage.getByRole('switch', { name: 'Available now' }).check();
  await expertPage
    .getByTestId('dashboard-presence')
    .filter({ hasText: /^Available now$/ })
    .waitFor({ timeout: 10_000 });

  const userContext = await newVisitor(browser, 'en-US');
  const user = await userContext.newPage();
  await signIn(user, client.email);
  // Help now on the free offering: confirmed at once, its room open.
  await user.goto(`${baseUrl}/experts/${expert.expert.slug}/${free!.slug}`);
  await user.getByRole('button', { name: 'Ask for help now' }).click();
  await user.getByRole('button', { name: 'Send the request' }).click();
  await expertPage.getByTestId('incoming-request').getByRole('button', { name: 'Accept' }).click({ timeout: 10_000 });
  await user.waitForURL(/\/bookings\/[^/?]+$/, { timeout: 10_000 });
  paths.freeBooking = new URL(user.url()).pathname;
  const freeBookingId = paths.freeBooking.split('/').pop()!;
  const request = await database.db.query.helpRequests.findFirst({ where: (r, { eq }) => eq(r.bookingId, freeBookingId) });
  paths.helpRequest = `/help-requests/${request!.id}`;
  // A slot of the paid offering, held while it waits for payment; its checkout.
  await user.goto(`${baseUrl}${paths.offering}`);
  await user.getByTestId('slot').first().click({ timeout: 10_000 });
  await user.getByTestId('book-slot-panel').getByRole('button', { name: 'Book and hold this slot' }).click();
  await user.waitForURL(/\/bookings\/[^/?]+$/, { timeout: 10_000 });
  paths.paidBooking = new URL(user.url()).pathname;
  await user.getByTestId('payment-step').getByRole('button', { name: /^Pay / }).click({ timeout: 10_000 });
  await user.waitForURL('**/pay/offline/*', { timeout: 10_000 });
  paths.checkout = new URL(user.url()).pathname;

  const adminContext = await newVisitor(browser, 'en-US');
  await signIn(await adminContext.newPage(), admin.email);

  sessions.expert = await expertContext.storageState();
  sessions.user = await userContext.storageState();
  sessions.admin = await adminContext.storageState();
  await Promise.all([expertContext.close(), userContext.close(), adminContext.close()]);
});

afterAll(async () => {
  await browser?.close();
  await database?.close();
});

/** The routes each role visits (paths resolved once the data exists). */
const routes: Record<Role, () => string[]> = {
  visitor: () => [
    '/',
    '/categories/guitar',
    '/experts/elodie-lefevre',
    paths.offering,
    '/search?q=guitare',
    '/sign-in',
    '/sign-in?oidcError=ACCOUNT_EXISTS&provider=test-idp',
    '/sign-up',
    '/forgot-password',
    '/reset-password?token=not-a-token',
    '/verify-email?token=not-a-token',
    '/account-deleted',
    '/unsubscribe/not-a-valid-link',
    '/developers',
    '/dev/mailbox',
    '/no-such-page',
  ],
  user: () => [
    '/account',
    '/account/notifications',
    '/welcome',
    '/bookings',
    paths.freeBooking,
    `${paths.freeBooking}/room`,
    paths.paidBooking,
    paths.checkout,
    '/become-an-expert',
    '/developers/keys',
    '/developers/webhooks',
  ],
  expert: () => [
    '/dashboard',
    '/dashboard/availability',
    '/dashboard/earnings',
    '/account',
    '/account/notifications',
    '/bookings',
    paths.freeBooking,
    paths.helpRequest,
  ],
  admin: () => [
    '/admin',
    'first-application',
    '/admin/experts',
    '/admin/audit',
    '/admin/categories',
    '/admin/refunds',
    '/admin/reports',
    '/admin/revenue',
    '/admin/mail',
  ],
};

/** A context for this role speaking this language (chosen on the device, so it wins over the account's). */
async function contextFor(role: Role, language: Language): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: language === 'fr' ? 'fr-FR' : 'en-US',
    timezoneId: language === 'fr' ? 'Europe/Paris' : 'America/New_York',
    storageState: sessions[role],
  });
  await context.addInitScript((chosen) => window.localStorage.setItem('skillcall.language', chosen), language);
  return context;
}

/** Once the page has shown its content: nothing loading on the network, no skeleton or busy region left. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () => document.querySelector('main') !== null && document.querySelector('[aria-busy="true"], .mantine-Skeleton-root') === null,
    undefined,
    { timeout: 15_000 },
  );
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

/** The admin's first pending application, reached from the queue. */
async function firstApplication(page: Page): Promise<string> {
  await page.goto(`${baseUrl}/admin`);
  const link = page.locator('main a[href^="/admin/applications/"]').first();
  await link.waitFor({ timeout: 10_000 });
  return (await link.getAttribute('href'))!;
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
      for (const route of routes[role]()) {
        const path = route === 'first-application' ? await firstApplication(page) : route;
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
