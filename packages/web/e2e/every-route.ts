/**
 * Every route of the SPA as the people who use it see it, for the suites that visit them all (accessibility, phone
 * layout). The data is made the way people make it: an expert with a paid and a free offering goes available, a user
 * asks for help now on the free one (a confirmed booking whose room is open: its lobby is the device check), and books
 * a slot of the paid one (a booking awaiting payment and its offline checkout), then asks her a question from her
 * profile (a conversation both see in their messages). A new route of `router.tsx` joins the list here.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { DbHandle } from '../../api/src/platform/db/client';
import { createBookableExpert } from '../../api/src/seed/bookable-expert';
import { createUser } from '../../api/src/seed/factories';
import { newVisitor, signIn } from './browser';

export type Role = 'visitor' | 'user' | 'expert' | 'admin';
type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

export interface RouteData {
  /** Each role's cookies once signed in. */
  sessions: Partial<Record<Role, StorageState>>;
  /** The paths only this run's data has. */
  paths: { offering: string; freeBooking: string; paidBooking: string; checkout: string; helpRequest: string; conversation: string };
}

export async function createRouteData(browser: Browser, database: DbHandle, baseUrl: string): Promise<RouteData> {
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
  const paths = {
    offering: `/experts/${expert.expert.slug}/${paid!.slug}`,
    freeBooking: '',
    paidBooking: '',
    checkout: '',
    helpRequest: '',
    conversation: '',
  };

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
  // A question from her profile: the conversation both of them read.
  await user.goto(`${baseUrl}/experts/${expert.expert.slug}`);
  await user.getByRole('button', { name: 'Ask a question' }).click();
  await user.getByLabel(/^Your question/).fill('Hello! Is 30 minutes enough to learn three chords?');
  await user.getByRole('button', { name: 'Send the question' }).click();
  await user.waitForURL(/\/messages\/[^/?]+$/, { timeout: 10_000 });
  paths.conversation = new URL(user.url()).pathname;

  const adminContext = await newVisitor(browser, 'en-US');
  await signIn(await adminContext.newPage(), admin.email);

  const sessions = {
    expert: await expertContext.storageState(),
    user: await userContext.storageState(),
    admin: await adminContext.storageState(),
  };
  await Promise.all([expertContext.close(), userContext.close(), adminContext.close()]);
  return { sessions, paths };
}

/** The routes each role visits; 'first-application' stands for the admin's first pending application (see below). */
export function routesOf(role: Role, paths: RouteData['paths']): string[] {
  switch (role) {
    case 'visitor':
      return [
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
      ];
    case 'user':
      return [
        '/account',
        '/account/notifications',
        '/welcome',
        '/bookings',
        paths.freeBooking,
        `${paths.freeBooking}/room`,
        paths.paidBooking,
        paths.checkout,
        '/become-an-expert',
        '/messages',
        paths.conversation,
        '/developers/keys',
        '/developers/webhooks',
      ];
    case 'expert':
      return [
        '/dashboard',
        '/dashboard/availability',
        '/dashboard/earnings',
        '/account',
        '/account/notifications',
        '/account/tax',
        '/bookings',
        paths.freeBooking,
        paths.helpRequest,
        '/messages',
        paths.conversation,
      ];
    case 'admin':
      return [
        '/admin',
        'first-application',
        '/admin/experts',
        '/admin/audit',
        '/admin/categories',
        '/admin/refunds',
        '/admin/reports',
        '/admin/revenue',
        '/admin/mail',
      ];
  }
}

/** The path a route of `routesOf` stands for: the admin's first pending application is reached from the queue. */
export async function resolveRoute(page: Page, baseUrl: string, route: string): Promise<string> {
  if (route !== 'first-application') return route;
  await page.goto(`${baseUrl}/admin`);
  const link = page.locator('main a[href^="/admin/applications/"]').first();
  await link.waitFor({ timeout: 10_000 });
  return (await link.getAttribute('href'))!;
}

/** Once the page has shown its content: nothing loading on the network, no skeleton or busy region left. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () => document.querySelector('main') !== null && document.querySelector('[aria-busy="true"], .mantine-Skeleton-root') === null,
    undefined,
    { timeout: 15_000 },
  );
}
