/**
 * A new account confirms its email address before it books: sign up in the browser, read the welcome mail as a real
 * SMTP server received it (a server of its own with `SMTP_URL`), follow its link, book. An account that tries to book
 * first is told what to do, has the link sent again, and books once it follows it (mail from the dev mailbox).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { field, launchBrowser, newVisitor } from './browser';
import { linkIn, mailTo, receivedBy, startServerWithSmtp } from './mail';

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

interface Labels {
  displayName: string;
  email: string;
  password: string;
  submit: string;
  book: string;
}
const english: Labels = {
  displayName: 'Display name',
  email: 'Email',
  password: 'Password',
  submit: 'Create account',
  book: 'Book this free session',
};
const french: Labels = {
  displayName: 'Nom affiché',
  email: 'Adresse e-mail',
  password: 'Mot de passe',
  submit: 'Créer mon compte',
  book: 'Réserver cette séance gratuite',
};

async function signUp(page: Page, name: string, email: string, labels: Labels, site = baseUrl) {
  await page.goto(`${site}/sign-up`);
  await field(page, labels.displayName).fill(name);
  await field(page, labels.email).fill(email);
  await field(page, labels.password).fill('a long enough password');
  await page.getByRole('button', { name: labels.submit }).click();
  await page.waitForURL('**/account');
}

/** Opens the demo expert's free offering and picks a slot: the panel to confirm the booking in. */
async function pickFreeSlot(page: Page, site = baseUrl) {
  await page.goto(`${site}/experts/elodie-lefevre`);
  await page.getByRole('link', { name: 'Appel découverte gratuit' }).click();
  await page.waitForURL('**/experts/elodie-lefevre/*');
  const slot = page.getByTestId('slot').last();
  await slot.waitFor({ timeout: 10_000 });
  await slot.click();
  return page.getByTestId('book-slot-panel');
}

describe('confirming the email address before booking', () => {
  it('signs up, follows the link in the welcome mail an SMTP server received, and books', async () => {
    const mailing = await startServerWithSmtp(inject('adminDatabaseUrl'));
    const site = mailing.baseUrl;
    const context = await newVisitor(browser, 'en-US');
    const page = await context.newPage();
    const email = `robin.${Date.now()}@example.test`;
    await signUp(page, 'Robin Verified', email, english, site);
    await expect.poll(() => page.getByTestId('account-email-status').textContent()).toBe('Not confirmed');
    expect(await page.getByTestId('email-not-verified').textContent()).toContain('Confirm your email address first');

    const mail = await receivedBy(mailing.smtp, email, /confirm your email address/);
    expect(mail.subject).toBe('Welcome to Skillcall, Robin Verified: confirm your email address');
    expect(mail.text).toContain('within 24 hours');
    // The link works in whatever browser opens the mail, signed in or not.
    await page.goto(linkIn(mail, '/verify-email'));
    await expect.poll(() => page.getByText(`${email} is confirmed`).isVisible(), { timeout: 10_000 }).toBe(true);

    await page.goto(`${site}/account`);
    await expect.poll(() => page.getByTestId('account-email-status').textContent()).toBe('Confirmed');
    expect(await page.getByTestId('email-not-verified').count()).toBe(0);

    const panel = await pickFreeSlot(page, site);
    await panel.getByRole('button', { name: english.book }).click();
    await page.waitForURL(/\/bookings\/[^/]+$/);
    await expect.poll(() => page.getByTestId('booking-status').first().textContent(), { timeout: 10_000 }).toBe('Confirmed');
    await receivedBy(mailing.smtp, email, /^Booked: /);
    await context.close();
    await mailing.stop();
  }, 90_000);

  it('tells an account that has not confirmed its address why it cannot book, sends the link again, and books once it is followed', async () => {
    const context = await newVisitor(browser, 'fr-FR');
    const page = await context.newPage();
    const email = `camille.${Date.now()}@exemple.fr`;
    await signUp(page, 'Camille Pas Encore', email, french);

    const panel = await pickFreeSlot(page);
    await panel.getByRole('button', { name: french.book }).click();
    const notice = panel.getByTestId('email-not-verified');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('Confirmez d’abord votre adresse e-mail');
    expect(page.url()).toMatch(/\/experts\/elodie-lefevre\//);

    await notice.getByRole('button', { name: 'Renvoyer le lien' }).click();
    await expect.poll(() => notice.getByRole('status').textContent()).toBe(`Un nouveau lien part vers ${email}.`);

    const mail = await mailTo(browser, baseUrl, email, 'Confirmez votre adresse e-mail Skillcall');
    await page.goto(linkIn(mail, '/verify-email'));
    await expect.poll(() => page.getByText(`${email} est confirmée`).isVisible(), { timeout: 10_000 }).toBe(true);

    const again = await pickFreeSlot(page);
    await again.getByRole('button', { name: french.book }).click();
    await page.waitForURL(/\/bookings\/[^/]+$/);
    await expect.poll(() => page.getByTestId('booking-status').first().textContent(), { timeout: 10_000 }).toBe('Confirmée');
    await context.close();
  });
});
