/**
 * Live presence and booking, with two people at once: a user watches search results while the demo expert turns
 * "available now" on in her dashboard, and the badge changes without a reload; the user then books the expert's free
 * offering on the first free slot, and the booking appears in the expert's upcoming sessions. A slot booked by someone
 * else leaves an open slot picker without a reload. Then "help me now": the
 * user asks, the request rings on the expert's dashboard, the expert accepts, the user lands on the session, and both
 * are offered its room, open at once (on the booking page, and in the expert's list of sessions).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { field, launchBrowser, newVisitor } from './browser';

let browser: Browser;
const baseUrl = inject('baseUrl');
const demoPassword = 'skillcall-demo';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Signs in and waits for where it leads: the account page, or an expert's dashboard. */
async function signIn(page: Page, email: string, labels: { email: string; password: string; submit: string }) {
  await page.goto(`${baseUrl}/sign-in`);
  await field(page, labels.email).fill(email);
  await field(page, labels.password).fill(demoPassword);
  await page.getByRole('main').getByRole('button', { name: labels.submit, exact: true }).click();
  await page.waitForURL(email.startsWith('expert@') ? '**/dashboard' : '**/account');
}

/** Resolves once the page has sent a subscription whose query mentions `field` over a WebSocket. */
function subscriptionSent(page: Page, field: string): Promise<void> {
  // Any socket of the page: one opened before a navigation closes with the page it belonged to.
  return new Promise((resolve) => {
    page.on('websocket', (socket) => socket.on('framesent', (frame) => String(frame.payload).includes(field) && resolve()));
  });
}

describe('live presence and booking', () => {
  it('shows the expert available without a reload, books her free offering, and the expert sees the session', async () => {
    const userContext = await newVisitor(browser, 'en-US');
    const user = await userContext.newPage();
    await signIn(user, 'user@skillcall.test', { email: 'Email', password: 'Password', submit: 'Sign in' });

    const watching = subscriptionSent(user, 'expertPresenceChanged');
    await user.goto(`${baseUrl}/search?q=guitare`);
    const elodie = user.getByTestId('search-result').filter({ hasText: 'Élodie Lefèvre' });
    const badge = elodie.getByTestId('search-result-availability');
    await expect.poll(() => badge.textContent(), { timeout: 10_000 }).toBe('By appointment');
    await watching;

    const expertContext = await newVisitor(browser, 'fr-FR');
    const expert = await expertContext.newPage();
    await signIn(expert, 'expert@skillcall.test', { email: 'Adresse e-mail', password: 'Mot de passe', submit: 'Se connecter' });
    await expert.goto(`${baseUrl}/dashboard`);
    const toggle = expert.getByRole('switch', { name: 'Disponible maintenant' });
    await toggle.waitFor({ timeout: 10_000 });
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    await expect.poll(() => expert.getByTestId('dashboard-presence').textContent(), { timeout: 10_000 }).toBe('Disponible maintenant');
    expect(await toggle.isChecked()).toBe(true);

    // The user's page was not reloaded: the badge follows the presence event.
    await expect.poll(() => badge.textContent(), { timeout: 10_000 }).toBe('Available now');

    await elodie.getByRole('link', { name: /Élodie Lefèvre/ }).click();
    await user.waitForURL('**/experts/elodie-lefevre');
    await expect.poll(() => user.getByTestId('expert-availability').textContent()).toBe('Available now');
    await user.getByRole('link', { name: 'Appel découverte gratuit' }).click();
    await user.waitForURL('**/experts/elodie-lefevre/*');
    await expect.poll(() => user.getByRole('button', { name: 'Ask for help now' }).isVisible()).toBe(true);
    expect(await user.getByTestId('slots-time-zone').textContent()).toBe('Times in New York, Eastern Time');

    const firstSlot = user.getByTestId('slot').first();
    await firstSlot.waitFor({ timeout: 10_000 });
    await firstSlot.click();
    const panel = user.getByTestId('book-slot-panel');
    expect(await panel.textContent()).toContain('A free session of 15 minutes.');
    await panel.getByRole('button', { name: 'Book this free session' }).click();
    await user.waitForURL(/\/bookings\/[^/]+$/);
    await expect.poll(() => user.getByTestId('booking-status').first().textContent(), { timeout: 10_000 }).toBe('Confirmed');
    expect(await user.getByRole('heading', { level: 1 }).textContent()).toContain('Appel découverte gratuit');
    // One statement of the terms, from the API: free to cancel or move until it starts, no deadline already passed.
    const terms = user.getByTestId('change-terms');
    await terms.waitFor();
    expect(await terms.textContent()).toMatch(/^This session is free: you can cancel it or move it at no cost until it starts \(.+\)\.$/);
    expect(await user.getByRole('main').textContent()).not.toMatch(/deadline|passed on/i);
    expect(await user.getByRole('button', { name: 'Move to another time' }).isEnabled()).toBe(true);

    const session = expert.getByTestId('dashboard-upcoming').getByTestId('booking-item').filter({ hasText: 'Sam User' });
    await expect.poll(() => session.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await session.first().textContent()).toContain('Appel découverte gratuit');
    expect(await session.first().getByTestId('booking-status').textContent()).toBe('Confirmée');

    // The confirmation email carries the session as an .ics file, downloadable from the dev mailbox.
    await user.goto(`${baseUrl}/dev/mailbox?to=${encodeURIComponent('user@skillcall.test')}`);
    const email = user.getByTestId('mailbox-email').filter({ hasText: 'Booked: Appel découverte gratuit' });
    await expect
      .poll(
        async () => {
          if (await email.count()) return true;
          await user.getByRole('button', { name: 'Refresh' }).click();
          return false;
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    const downloading = user.waitForEvent('download');
    await email
      .first()
      .getByRole('link', { name: /\.ics$/ })
      .click();
    const file = await downloading;
    expect(file.suggestedFilename()).toMatch(/\.ics$/);
    const stream = await file.createReadStream();
    let ics = '';
    for await (const chunk of stream) ics += String(chunk);
    expect(ics).toContain('BEGIN:VCALENDAR');

    await userContext.close();
    await expertContext.close();
  });

  it('takes a slot someone else just booked off an open slot picker, without a reload', async () => {
    const watcherContext = await newVisitor(browser, 'en-US');
    const watcher = await watcherContext.newPage();
    await signIn(watcher, 'admin@skillcall.test', { email: 'Email', password: 'Password', submit: 'Sign in' });
    const following = subscriptionSent(watcher, 'expertSlotsChanged');
    await watcher.goto(`${baseUrl}/experts/elodie-lefevre`);
    await watcher.getByRole('link', { name: 'Appel découverte gratuit' }).click();
    const firstSlot = watcher.getByTestId('slot').first();
    await firstSlot.waitFor({ timeout: 10_000 });
    await following;
    const firstDay = () => watcher.getByTestId('slot').first().locator('xpath=ancestor::section[1]').getAttribute('aria-label');
    const before = `${await firstDay()} ${await firstSlot.textContent()}`;

    const userContext = await newVisitor(browser, 'en-US');
    const user = await userContext.newPage();
    await signIn(user, 'user@skillcall.test', { email: 'Email', password: 'Password', submit: 'Sign in' });
    await user.goto(watcher.url());
    await user.getByTestId('slot').first().click();
    await user.getByTestId('book-slot-panel').getByRole('button', { name: 'Book this free session' }).click();
    await user.waitForURL(/\/bookings\/[^/]+$/);

    await expect
      .poll(async () => `${await firstDay()} ${await watcher.getByTestId('slot').first().textContent()}`, { timeout: 10_000 })
      .not.toBe(before);
    await userContext.close();
    await watcherContext.close();
  });

  it('rings the expert for a "help me now" request and takes the user to the session once she accepts', async () => {
    const expertContext = await newVisitor(browser, 'fr-FR');
    const expert = await expertContext.newPage();
    await signIn(expert, 'expert@skillcall.test', { email: 'Adresse e-mail', password: 'Mot de passe', submit: 'Se connecter' });
    await expert.goto(`${baseUrl}/dashboard`);
    const toggle = expert.getByRole('switch', { name: 'Disponible maintenant' });
    await toggle.waitFor({ timeout: 10_000 });
    if (!(await toggle.isChecked())) await toggle.click();
    await expect.poll(() => expert.getByTestId('dashboard-presence').textContent(), { timeout: 10_000 }).toBe('Disponible maintenant');

    const userContext = await newVisitor(browser, 'en-US');
    const user = await userContext.newPage();
    await signIn(user, 'user@skillcall.test', { email: 'Email', password: 'Password', submit: 'Sign in' });
    await user.goto(`${baseUrl}/experts/elodie-lefevre`);
    await user.getByRole('link', { name: 'Appel découverte gratuit' }).click();
    await user.getByRole('button', { name: 'Ask for help now' }).click();
    await field(user, 'What do you need help with? (optional)').fill('My G chord buzzes.');
    await user.getByRole('button', { name: 'Send the request' }).click();
    await expect.poll(() => user.getByTestId('help-request-status').textContent(), { timeout: 10_000 }).toMatch(/being alerted/);

    const request = expert.getByTestId('incoming-request').filter({ hasText: 'My G chord buzzes.' });
    await expect.poll(() => request.count(), { timeout: 10_000 }).toBe(1);
    expect(await request.getByRole('timer').textContent()).toMatch(/secondes? pour répondre/);
    await request.getByRole('button', { name: 'Accepter' }).click();
    await expect.poll(() => expert.getByRole('link', { name: 'Ouvrir la réservation' }).isVisible(), { timeout: 10_000 }).toBe(true);

    await user.waitForURL(/\/bookings\/[^/]+$/, { timeout: 10_000 });
    await expect.poll(() => user.getByTestId('booking-status').first().textContent(), { timeout: 10_000 }).toBe('Confirmed');
    expect(await user.getByRole('main').textContent()).toContain('Help now (accepted request)');

    // A session that starts now: its room is open at once, and both are offered the way in.
    const bookingPath = new URL(user.url()).pathname;
    const join = user.getByTestId('booking-session').getByRole('link', { name: 'Join the session' });
    await join.waitFor({ timeout: 10_000 });
    expect(await join.getAttribute('href')).toBe(`${bookingPath}/room`);
    const listed = expert.locator(`[data-testid="booking-item"]:has(a[href="${bookingPath}"])`);
    await expect.poll(() => listed.getByRole('link', { name: 'Rejoindre' }).count(), { timeout: 10_000 }).toBe(1);
    expect(await listed.getByRole('link', { name: 'Rejoindre' }).getAttribute('href')).toBe(`${bookingPath}/room`);
    await expert.getByRole('link', { name: 'Ouvrir la réservation' }).click();
    await expert.waitForURL(`**${bookingPath}`);
    const expertJoin = expert.getByTestId('booking-session').getByRole('link', { name: 'Rejoindre la séance' });
    await expertJoin.waitFor({ timeout: 10_000 });
    expect(await expertJoin.getAttribute('href')).toBe(`${bookingPath}/room`);

    await userContext.close();
    await expertContext.close();
  });

  it('keeps the chosen slot through signing in: the visitor comes back to the same confirmation and books it', async () => {
    const context = await newVisitor(browser, 'en-US');
    const visitor = await context.newPage();
    await visitor.goto(`${baseUrl}/experts/elodie-lefevre`);
    await visitor.getByRole('link', { name: 'Appel découverte gratuit' }).click();
    const slot = visitor.getByTestId('slot').nth(1);
    await slot.waitFor({ timeout: 10_000 });
    await slot.click();
    const panel = visitor.getByTestId('book-slot-panel');
    const chosen = await panel.locator('time').getAttribute('datetime');
    await panel.getByRole('link', { name: 'Sign in to book' }).click();
    await visitor.waitForURL('**/sign-in?*');
    await field(visitor, 'Email').fill('user@skillcall.test');
    await field(visitor, 'Password').fill(demoPassword);
    await visitor.getByRole('main').getByRole('button', { name: 'Sign in', exact: true }).click();

    await visitor.waitForURL(/\/experts\/elodie-lefevre\/[^?]+\?slot=/);
    await panel.waitFor({ timeout: 10_000 });
    expect(await panel.locator('time').getAttribute('datetime')).toBe(chosen);
    await panel.getByRole('button', { name: 'Book this free session' }).click();
    await visitor.waitForURL(/\/bookings\/[^/]+$/);
    await expect.poll(() => visitor.getByTestId('booking-when').locator('time').getAttribute('datetime')).toBe(chosen);
    await context.close();
  });
});
