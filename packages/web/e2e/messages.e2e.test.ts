/**
 * Messages between a user and an expert, in two browsers at once: the expert (reading French) keeps her messages open;
 * the user (English) asks a question from her profile, first with an email address in it (refused on the field,
 * nothing sent), then without. The conversation and its unread count appear on the expert's side without a reload;
 * she opens it (the user sees "Seen"), and answers with a proposal: one of her open slots. The proposal appears live
 * on the user's side, who books it with one click and pays through the normal booking page and checkout.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectDatabase, type DbHandle } from '../../api/src/platform/db/client';
import { createBookableExpert } from '../../api/src/seed/bookable-expert';
import { createUser } from '../../api/src/seed/factories';
import { field, launchBrowser, newVisitor, signIn, textNow } from './browser';

let userBrowser: Browser;
let expertBrowser: Browser;
let database: DbHandle;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  [userBrowser, expertBrowser] = await Promise.all([launchBrowser(), launchBrowser()]);
  database = connectDatabase(inject('e2eDatabaseUrl'), 2);
});
afterAll(async () => {
  await userBrowser?.close();
  await expertBrowser?.close();
  await database?.close();
});

/** Resolves once the page has sent a subscription whose query mentions `field` over a WebSocket. */
function subscriptionSent(page: Page, field: string): Promise<void> {
  return new Promise((resolve) => {
    page.on('websocket', (socket) => socket.on('framesent', (frame) => String(frame.payload).includes(field) && resolve()));
  });
}

describe('messages', () => {
  it('a user asks, the expert sees it live and answers with a proposal, and the user books it', { timeout: 120_000 }, async () => {
    const expert = await createBookableExpert(database.db, {
      displayName: 'Inès Moreau',
      prices: [{ model: 'PER_SESSION', amountMinor: 4_000, currency: 'EUR', durationMinutes: 30 }],
    });
    const client = await createUser(database.db, { displayName: 'Tom Asker', timeZone: 'America/New_York' });

    // The expert, in French, with her messages open before anyone writes.
    const expertContext = await newVisitor(expertBrowser, 'en-US');
    const expertPage = await expertContext.newPage();
    await signIn(expertPage, expert.user.email);
    await expertContext.addInitScript(() => window.localStorage.setItem('skillcall.language', 'fr'));
    const listening = subscriptionSent(expertPage, 'messagingEvents');
    await expertPage.goto(`${baseUrl}/messages`);
    await expertPage.getByText('Aucune conversation pour l’instant').waitFor({ timeout: 10_000 });
    await listening;

    // The user asks from the expert's page.
    const userContext = await newVisitor(userBrowser, 'en-US');
    const user = await userContext.newPage();
    await signIn(user, client.email);
    await user.goto(`${baseUrl}/experts/${expert.expert.slug}`);
    await user.getByRole('button', { name: 'Ask a question' }).click();
    const question = field(user, 'Your question');
    await question.fill('Hi! Can you help with a Fender Rhodes? Write to me at tom dot asker at gmail dot com');
    await user.getByRole('button', { name: 'Send the question' }).click();
    await user.getByText(/^Remove the contact details/).waitFor({ timeout: 10_000 });
    expect(user.url()).toBe(`${baseUrl}/experts/${expert.expert.slug}`);

    await question.fill('Hi! Can you help with a Fender Rhodes? Is 30 minutes enough to fix a sticky key?');
    await user.getByRole('button', { name: 'Send the question' }).click();
    await user.waitForURL(/\/messages\/[^/]+$/, { timeout: 10_000 });
    const userThread = user.getByTestId('conversation-thread');
    await expect.poll(() => userThread.getByTestId('message').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => textNow(user, 'read-receipt')).toBe('Sent');

    // Live on the expert's side: the conversation, its unread count, and the header's.
    const item = expertPage.getByTestId('conversation-item').filter({ hasText: 'Tom Asker' });
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    expect(await item.textContent()).toContain('Fender Rhodes');
    await expect.poll(() => textNow(expertPage, 'header-unread'), { timeout: 10_000 }).toBe('1');

    await item.click();
    await expertPage.waitForURL(/\/messages\/[^/]+$/);
    const expertThread = expertPage.getByTestId('conversation-thread');
    await expect.poll(() => expertThread.getByTestId('message-body').first().textContent(), { timeout: 10_000 }).toContain('sticky key');
    // Read: the user sees it without a reload, and the expert's count is gone.
    await expect.poll(() => textNow(user, 'read-receipt'), { timeout: 10_000 }).toBe('Seen');
    await expect.poll(() => expertPage.getByTestId('header-unread').count(), { timeout: 10_000 }).toBe(0);

    // The expert proposes her first open slot.
    await expertThread.getByRole('button', { name: 'Proposer une séance' }).click();
    const form = expertPage.getByTestId('proposal-form');
    await form.getByTestId('slot').first().click({ timeout: 10_000 });
    await form.getByRole('button', { name: 'Proposer ce créneau' }).click();
    await expect.poll(() => expertThread.getByTestId('proposal-card').count(), { timeout: 10_000 }).toBe(1);

    // Live on the user's side; one click books it, and the normal booking page takes the payment.
    const card = userThread.getByTestId('proposal-card');
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
    expect(await card.textContent()).toContain('Guitar session 1');
    await card.getByRole('button', { name: 'Book this' }).click();
    await user.waitForURL(/\/bookings\/[^/?]+$/, { timeout: 10_000 });
    const bookingPath = new URL(user.url()).pathname;
    await user
      .getByTestId('payment-step')
      .getByRole('button', { name: /^Pay €40\.00$/ })
      .click({ timeout: 10_000 });
    await user.waitForURL('**/pay/offline/*', { timeout: 10_000 });
    await user.getByRole('button', { name: /^Pay €40\.00$/ }).click({ timeout: 10_000 });
    await user.waitForURL(`**${bookingPath}?payment=done`);
    await expect.poll(() => textNow(user, 'booking-status'), { timeout: 10_000 }).toBe('Confirmed');

    await userContext.close();
    await expertContext.close();
  });
});
