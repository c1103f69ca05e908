/**
 * On a phone. First the main journeys again, on Playwright's Pixel 7 (its viewport, pixel ratio, touch and user
 * agent), driven with taps: a user finds an expert through the header's search and the filters drawer, books her
 * free session on a slot starting in a few minutes and joins its room in portrait; an expert goes available on her
 * phone and accepts a "help me now" request there, then joins the room and switches to her back camera. axe-core scans
 * what only a phone shows (the open search, the filters drawer, the bottom navigation, the room's tabs). Then every
 * route of the SPA at 360×640 with touch, as the people who use it: no page scrolls sideways, and no main control is
 * smaller than 44 px (see `tooSmall` for what counts, and what does not).
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { devices, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { connectDatabase, type DbHandle } from '../../api/src/platform/db/client';
import { requestIndexing } from '../../api/src/modules/search/search.requests';
import { createBookableExpert } from '../../api/src/seed/bookable-expert';
import { createUser } from '../../api/src/seed/factories';
import { launchBrowser, newVisitor, signIn, textNow } from './browser';
import { createRouteData, resolveRoute, routesOf, settled, type Role, type RouteData } from './every-route';
import { connectionState } from './room';

let browser: Browser;
let database: DbHandle;
const baseUrl = inject('baseUrl');
const pixel7 = devices['Pixel 7'];

beforeAll(async () => {
  browser = await launchBrowser();
  database = connectDatabase(inject('e2eDatabaseUrl'), 2);
});
afterAll(async () => {
  await browser?.close();
  await database?.close();
});

/** A Pixel 7 in English (New York time). */
function phone(): Promise<BrowserContext> {
  return browser.newContext({ ...pixel7, locale: 'en-US', timezoneId: 'America/New_York' });
}

/** axe-core's WCAG 2.0/2.1 A and AA violations on the page as it is now, one line each. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).setLegacyMode(true).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Whether the element's box lies within the viewport's bottom quarter (a thumb's reach). */
async function nearTheBottom(page: Page, testId: string): Promise<boolean> {
  const box = await page.getByTestId(testId).boundingBox();
  const height = page.viewportSize()!.height;
  return box !== null && box.y >= height * 0.75 && box.y + box.height <= height + 1;
}

/**
 * A whole-hour time zone where it is now mid-morning, and a window of two hours opening there in a few minutes: it
 * stays within the day whenever the suite runs. Etc/GMT's sign is inverted: Etc/GMT-3 is three hours ahead of UTC.
 */
function windowSoon(): { zone: string; weekly: { weekday: number; start: string; end: string }[] } {
  const offset = (10 - new Date().getUTCHours() + 24) % 24;
  const hours = offset > 12 ? offset - 24 : offset;
  const zone = hours === 0 ? 'Etc/UTC' : `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
  // The wall clock there, read from a Date shifted by the offset.
  const local = new Date(Date.now() + hours * 3_600_000 + 3 * 60_000);
  const clock = (hour: number) => `${String(hour).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
  return { zone, weekly: [{ weekday: local.getUTCDay(), start: clock(local.getUTCHours()), end: clock(local.getUTCHours() + 2) }] };
}

describe('the main journeys on a Pixel 7', () => {
  it('finds an expert from the header search and the filters drawer, books a free session and joins its room in portrait', async () => {
    // An expert free today from a few minutes from now, so the first slot's room is already open (10 minutes before).
    const { zone, weekly } = windowSoon();
    const { expert } = await createBookableExpert(database.db, {
      displayName: 'Ottilie Pocketson',
      timeZone: zone,
      prices: [{ model: 'FREE', durationMinutes: 30 }],
      availability: { weekly, minNoticeMinutes: 0 },
    });
    await requestIndexing(database.db, [expert.id]);
    const account = await createUser(database.db, { displayName: 'Pia Thumb' });

    const context = await phone();
    const page = await context.newPage();
    await signIn(page, account.email);
    await page.goto(baseUrl);

    // The bottom navigation takes the header's links; the search is an icon that opens a full-width box.
    const bottomNav = page.getByRole('navigation', { name: 'Main' });
    await bottomNav.waitFor();
    expect(await bottomNav.getByRole('link').allTextContents()).toEqual(['Find help', 'Bookings', 'Messages', 'Account']);
    await page.getByRole('button', { name: 'Search', exact: true }).tap();
    const searchBox = page.getByRole('combobox', { name: 'Search' });
    // Across the header, ready to type in.
    await expect.poll(async () => (await searchBox.boundingBox())?.width ?? 0).toBeGreaterThan(pixel7.viewport.width * 0.7);
    await expect.poll(() => searchBox.evaluate((box) => box === document.activeElement)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await searchBox.fill('Pocketson');
    await searchBox.press('Enter');
    await page.waitForURL(/\/search\?q=Pocketson/);

    // Filters in a drawer: its button says how many results the choice gives, and applies it.
    const results = page.getByTestId('search-result');
    await expect.poll(() => results.count(), { timeout: 20_000 }).toBe(1);
    await page.getByRole('button', { name: 'Filters' }).tap();
    const drawer = page.getByRole('dialog', { name: 'Filters' });
    await drawer.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await drawer.getByText('Free', { exact: true }).tap();
    const apply = drawer.getByRole('button', { name: /^Show \d+ results?$/ });
    await expect.poll(() => apply.textContent(), { timeout: 10_000 }).toBe('Show 1 result');
    await apply.tap();
    await drawer.waitFor({ state: 'hidden' });
    await page.waitForURL(/price=free/);
    // The filter applied is a chip that removes it.
    const chip = page.getByRole('button', { name: 'Remove filter: Free' });
    await chip.waitFor();

    await results
      .first()
      .getByRole('link', { name: /Ottilie Pocketson/ })
      .tap();
    await page.waitForURL(`**/experts/${expert.slug}`);
    await page.getByRole('link', { name: 'Guitar session 1' }).first().tap();
    await page.getByTestId('slot').first().tap({ timeout: 10_000 });
    await page.getByTestId('book-slot-panel').getByRole('button', { name: 'Book this free session' }).tap();
    await page.waitForURL(/\/bookings\/[^/?]+$/);
    await expect.poll(() => textNow(page, 'booking-status'), { timeout: 10_000 }).toBe('Confirmed');

    await page.getByTestId('booking-session').getByRole('link', { name: 'Join the session' }).tap({ timeout: 10_000 });
    await page.getByTestId('local-preview').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Join the session' }).tap();
    await page.getByTestId('session-call').waitFor({ timeout: 10_000 });

    // In portrait: the other side large on top, this side small over it, the controls at the bottom within a thumb's
    // reach, no bottom navigation; one camera, so no camera switch; the chat is a tab.
    expect(await bottomNav.count()).toBe(0);
    const remote = (await page.getByTestId('remote-camera-tile').boundingBox())!;
    const own = (await page.getByTestId('local-camera-tile').boundingBox())!;
    expect(remote.width).toBeGreaterThan(pixel7.viewport.width * 0.9);
    expect(own.width * own.height).toBeLessThan((remote.width * remote.height) / 4);
    expect(await nearTheBottom(page, 'call-controls')).toBe(true);
    expect(await page.getByRole('button', { name: 'Switch camera' }).count()).toBe(0);
    await page.getByRole('tab', { name: 'Chat' }).tap();
    await page.getByRole('tabpanel', { name: 'Chat' }).getByRole('textbox').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('lets an expert go available, accept a help-now request and switch to her back camera, all on her phone', async () => {
    const {
      user: expertAccount,
      expert,
      offerings,
    } = await createBookableExpert(database.db, {
      displayName: 'Ines Handheld',
      prices: [{ model: 'FREE', durationMinutes: 30 }],
    });
    const context = await phone();
    // Two cameras, as phones have: the front one and the back one (Chromium's fake device serves both). The page
    // records which camera it asked for and which track the connection was given to send.
    await context.addInitScript(() => {
      const seen = window as unknown as { askedFacing?: unknown; sentTrackId?: string };
      const devices = navigator.mediaDevices;
      const list = devices.enumerateDevices.bind(devices);
      devices.enumerateDevices = async () => {
        const all = await list();
        const back = { deviceId: 'back-camera', groupId: 'back', kind: 'videoinput', label: 'Back camera', toJSON: () => ({}) };
        return all.some((device) => device.kind === 'videoinput' && device.deviceId) ? [...all, back as MediaDeviceInfo] : all;
      };
      const open = devices.getUserMedia.bind(devices);
      devices.getUserMedia = (constraints) => {
        const video = constraints?.video;
        if (typeof video !== 'object' || !video.facingMode) return open(constraints);
        seen.askedFacing = video.facingMode;
        return open({ video: true });
      };
      const replace = RTCRtpSender.prototype.replaceTrack;
      RTCRtpSender.prototype.replaceTrack = function (track) {
        seen.sentTrackId = track?.id;
        return replace.call(this, track);
      };
    });
    const page = await context.newPage();
    await signIn(page, expertAccount.email);
    await page.goto(`${baseUrl}/dashboard`);
    const bottomNav = page.getByRole('navigation', { name: 'Main' });
    await bottomNav.waitFor();
    expect(await bottomNav.getByRole('link').allTextContents()).toEqual(['Find help', 'Bookings', 'Dashboard', 'Messages', 'Account']);
    await page.getByRole('switch', { name: 'Available now' }).tap();
    await expect.poll(() => textNow(page, 'dashboard-presence'), { timeout: 10_000 }).toBe('Available now');
    expect(await axeViolations(page)).toEqual([]);

    // A user (on a desktop) asks for help now; the request rings on the phone, which accepts it.
    const userContext = await newVisitor(browser, 'en-US');
    const user = await userContext.newPage();
    await signIn(user, (await createUser(database.db, { displayName: 'Ravi Desk' })).email);
    await user.goto(`${baseUrl}/experts/${expert.slug}/${offerings[0]!.slug}`);
    await user.getByRole('button', { name: 'Ask for help now' }).click();
    await user.getByRole('button', { name: 'Send the request' }).click();
    await page.getByTestId('incoming-request').getByRole('button', { name: 'Accept' }).tap({ timeout: 10_000 });
    await user.waitForURL(/\/bookings\/[^/?]+$/, { timeout: 10_000 });
    const bookingPath = new URL(user.url()).pathname;

    // Both in the room; the expert turns to her back camera, which the connection now sends.
    await user.goto(`${baseUrl}${bookingPath}/room`);
    await user.getByRole('button', { name: 'Join the session' }).click({ timeout: 15_000 });
    await page.goto(`${baseUrl}${bookingPath}/room`);
    await page.getByRole('button', { name: 'Join the session' }).tap({ timeout: 15_000 });
    await page.getByTestId('session-call').waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Connection', exact: true }).tap();
    await expect.poll(() => connectionState(page), { timeout: 20_000 }).toBe('connected');
    const sentTrackId = () => page.evaluate(() => (window as unknown as { sentTrackId?: string }).sentTrackId ?? null);
    await page.getByRole('button', { name: 'Switch camera' }).tap();
    await expect.poll(sentTrackId, { timeout: 10_000 }).not.toBeNull();
    expect(await page.evaluate(() => (window as unknown as { askedFacing?: unknown }).askedFacing)).toEqual({ exact: 'environment' });
    // The track now sent is the one the expert sees of herself, and the call goes on.
    const shown = await page
      .getByTestId('local-camera')
      .evaluate((video) =>
        (video as HTMLVideoElement).srcObject instanceof MediaStream ? (video.srcObject as MediaStream).getVideoTracks()[0]?.id : null,
      );
    expect(await sentTrackId()).toBe(shown);
    expect(await connectionState(page)).toBe('connected');
    await Promise.all([context.close(), userContext.close()]);
  });
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

describe('what floats at the bottom of a phone', () => {
  it('shows a toast above the bottom navigation at 360×640, not over it', async () => {
    const account = await createUser(database.db, { displayName: 'Tess Toast' });
    const context = await browser.newContext({
      viewport: { width: 360, height: 640 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'en-US',
      timezoneId: 'America/New_York',
    });
    const page = await context.newPage();
    await signIn(page, account.email);
    await page.goto(`${baseUrl}/account`);
    await page.getByRole('button', { name: 'Save changes' }).tap();
    const toast = page.getByText('Your changes are saved.');
    await toast.waitFor();
    if (process.env.PHONE_SCREENSHOTS) await page.screenshot({ path: `${process.env.PHONE_SCREENSHOTS}/toast-above-bottom-nav.png` });
    const nav = (await page.getByTestId('bottom-nav').boundingBox())!;
    const shown = (await toast.locator('xpath=ancestor::*[contains(@class, "mantine-Notification-root")]').boundingBox())!;
    expect(shown.y + shown.height).toBeLessThanOrEqual(nav.y);
    await context.close();
  });
});

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
