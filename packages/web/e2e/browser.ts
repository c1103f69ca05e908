/** Debian's Chromium through playwright-core, with the flags this machine needs (see shared/STACK.md). */
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
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
