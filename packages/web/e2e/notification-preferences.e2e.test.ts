/**
 * Notification preferences on a phone (390×844): a French client clicks the unsubscribe link of a booking email in a
 * browser set to English, without being signed in; the page turns booking emails off and says so in French, naming
 * the kind, then undoes it and turns it off again. The link to the settings leads, once signed in, to the page that
 * shows booking changes off and security on and locked; a switch changed there stays changed after a reload. An
 * altered link is refused. Nothing on these pages is wider than the phone.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectDatabase, type DbHandle } from '../../api/src/platform/db/client';
import { loadConfig } from '../../api/src/platform/config';
import { signUnsubscribeToken } from '../../api/src/modules/notifications/unsubscribe-token';
import { createUser } from '../../api/src/seed/factories';
import { field, launchBrowser } from './browser';

let browser: Browser;
let database: DbHandle;
const baseUrl = inject('baseUrl');
/** The server's secret: the e2e server runs with the environment's MAIL_LINK_SECRET, or the development one. */
const secret = loadConfig({ MAIL_LINK_SECRET: process.env.MAIL_LINK_SECRET }).mailLinkSecret;

beforeAll(async () => {
  browser = await launchBrowser({ fakeDevices: false, grantMedia: false });
  database = connectDatabase(inject('e2eDatabaseUrl'), 2);
});
afterAll(async () => {
  await browser?.close();
  await database?.close();
});

const fitsThePhone = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= 390);

describe('notification preferences', () => {
  it('unsubscribes from a mail’s link in the recipient’s language, undoes it, and shows the choice in the settings', async () => {
    const account = await createUser(database.db, { displayName: 'Inès Lambert', locale: 'fr' });
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'en-US',
      timezoneId: 'Europe/Paris',
    });
    const page = await context.newPage();

    await page.goto(`${baseUrl}/unsubscribe/${signUnsubscribeToken(secret, account.id, 'BOOKING_CHANGES')}`);
    const outcome = page.getByTestId('unsubscribe-outcome');
    await expect
      .poll(() => outcome.textContent(), { timeout: 10_000 })
      .toBe('C’est fait\u00a0: vous ne recevrez plus d’e-mails concernant les modifications de vos réservations.');
    expect(await fitsThePhone(page)).toBe(true);

    await page.getByRole('button', { name: 'Annuler la désinscription' }).click();
    await expect.poll(() => outcome.textContent()).toBe('Les e-mails concernant les modifications de vos réservations sont réactivés.');
    await page.getByRole('button', { name: 'Me désinscrire à nouveau' }).click();
    await expect.poll(() => outcome.textContent()).toMatch(/^C’est fait/);

    // The settings ask to sign in first, then open with booking changes off and security locked on.
    await page.getByRole('link', { name: 'Tous vos réglages de notifications' }).click();
    await page.waitForURL(/\/sign-in\?next=/);
    await field(page, 'Adresse e-mail').fill(account.email);
    await field(page, 'Mot de passe').fill(account.password);
    await page.getByRole('main').getByRole('button', { name: 'Se connecter', exact: true }).click();
    await page.waitForURL(/\/account\/notifications$/);
    const bookingChanges = page.getByRole('switch', { name: /^Modifications de réservation\s*:\s*E-mail$/ });
    const security = page.getByRole('switch', { name: /^Sécurité\s*:\s*E-mail$/ });
    await bookingChanges.waitFor({ timeout: 10_000 });
    expect(await bookingChanges.isChecked()).toBe(false);
    expect(await security.isChecked()).toBe(true);
    expect(await security.isDisabled()).toBe(true);
    expect(await page.getByTestId('notification-kind').filter({ hasText: 'Sécurité' }).textContent()).toContain(
      'ne peuvent pas être désactivés',
    );
    expect(await fitsThePhone(page)).toBe(true);

    // A switch changed here stays changed.
    const reminders = page.getByRole('switch', { name: /^Rappels\s*:\s*E-mail$/ });
    expect(await reminders.isChecked()).toBe(true);
    const saved = page.waitForResponse((response) => response.url().endsWith('/graphql') && response.request().method() === 'POST');
    await reminders.uncheck();
    expect((await saved).ok()).toBe(true);
    await page.reload();
    await reminders.waitFor({ timeout: 10_000 });
    expect(await reminders.isChecked()).toBe(false);
    expect(await bookingChanges.isChecked()).toBe(false);

    // An altered link changes nothing and says so.
    const token = signUnsubscribeToken(secret, account.id, 'REMINDERS');
    await page.goto(`${baseUrl}/unsubscribe/${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`);
    await page.getByRole('alert').filter({ hasText: 'Ce lien ne fonctionne pas' }).waitFor({ timeout: 30_000 });
    await context.close();
  });
});
