/** Debian's Chromium through playwright-core, with the flags this machine needs (see shared/STACK.md). */
import { inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { defaultTestPassword } from '../../api/src/seed/factories';

interface LaunchOptions {
  /** Fake camera, microphone and screen (the default); false: this machine's own, and it has none. */
  fakeDevices?: boolean;
  /** Camera, microphone and screen granted without a prompt (the default); false: refused, as Playwright does. */
  grantMedia?: boolean;
}

export function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch(launchSettings(options));
}

/**
 * A browser with a profile kept in `userDataDir`, not an incognito one: what Chromium requires before it calls a page
 * installable (installable.e2e.test.ts).
 */
export function launchProfile(userDataDir: string, options: LaunchOptions = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, { ...launchSettings(options), locale: 'en-US' });
}

function launchSettings({ fakeDevices = true, grantMedia = true }: LaunchOptions) {
  return {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // The session room: getDisplayMedia then shares a fake screen too, and WebRTC runs between two pages of
      // this machine over loopback. Pages without camera permission hide their addresses behind mDNS names, which a
      // loopback-only network cannot resolve: show them, as pages with permission do.
      ...(grantMedia ? ['--use-fake-ui-for-media-stream'] : []),
      ...(fakeDevices ? ['--use-fake-device-for-media-stream'] : []),
      '--allow-loopback-in-peer-connection',
      '--disable-features=WebRtcHideLocalIpsWithMdns',
    ],
  };
}

/** A fresh browser profile (own cookies) speaking the given language. */
export function newVisitor(browser: Browser, locale: 'en-US' | 'fr-FR' = 'en-US'): Promise<BrowserContext> {
  return browser.newContext({ locale, timezoneId: locale === 'fr-FR' ? 'Europe/Paris' : 'America/New_York' });
}

/** A form control by its exact label; Mantine appends " *" to required fields' labels. */
export function field(page: Page, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByLabel(new RegExp(`^${escaped}( \\*)?$`));
}

/** Signs in on the English sign-in page and waits for where it leads: the account page, or an expert's dashboard. */
export async function signIn(page: Page, email: string, password = defaultTestPassword): Promise<void> {
  await page.goto(`${inject('baseUrl')}/sign-in`);
  await field(page, 'Email').fill(email);
  await field(page, 'Password').fill(password);
  await page.getByRole('main').getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL(/\/(account|dashboard)$/);
}

/**
 * The text of the first element with this test id as shown now, with the no-break spaces Intl puts in amounts
 * ("SEK 450.00") made plain; empty while there is none (it does not wait: for `expect.poll`).
 */
export async function textNow(page: Page, testId: string): Promise<string> {
  const [text = ''] = await page.getByTestId(testId).allTextContents();
  return text.replace(/\s+/g, ' ').trim();
}

/** The same, once the element is shown. */
export async function textOf(page: Page, testId: string): Promise<string> {
  await page.getByTestId(testId).first().waitFor({ timeout: 10_000 });
  return textNow(page, testId);
}
