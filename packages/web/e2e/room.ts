/** The session room, as the e2e suites drive it. */
import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { DbHandle } from '../../api/src/platform/db/client';
import { createBookableExpert } from '../../api/src/seed/bookable-expert';
import { createUser } from '../../api/src/seed/factories';
import { newVisitor, signIn, textNow } from './browser';

/** Through the device check (the camera preview shows), into the room, with the Connection panel open. */
export async function joinCall(page: Page): Promise<void> {
  await page.getByTestId('local-preview').waitFor({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Join the session' }).click();
  await page.getByTestId('session-call').waitFor({ timeout: 10_000 });
  await page.getByRole('button', { name: 'Connection', exact: true }).click();
  await page.getByTestId('connection-panel').waitFor();
}

/** The peer connection's state as the Connection panel shows it (null while it shows none). */
export async function connectionState(page: Page): Promise<string | null> {
  const element = page.getByTestId('connection-state');
  return (await element.count()) ? element.first().getAttribute('data-value') : null;
}

/**
 * A free session held through the room, in two browser profiles: an expert goes available on their dashboard, a user
 * asks for help now on the free offering, the expert accepts, both join and connect, and the expert ends the session.
 * Returns both pages (the user's on the ended room), the booking's path and the expert; the caller closes `contexts`.
 */
export async function holdFreeSession(
  browser: Browser,
  database: DbHandle,
  baseUrl: string,
  names: { expert: string; user: string },
): Promise<{ user: Page; expertPage: Page; bookingPath: string; expertSlug: string; contexts: BrowserContext[] }> {
  const {
    user: expertAccount,
    expert,
    offerings,
  } = await createBookableExpert(database.db, {
    displayName: names.expert,
    prices: [{ model: 'FREE', durationMinutes: 30 }],
  });
  const expertContext = await newVisitor(browser, 'en-US');
  const expertPage = await expertContext.newPage();
  await signIn(expertPage, expertAccount.email);
  await expertPage.goto(`${baseUrl}/dashboard`);
  await expertPage.getByRole('switch', { name: 'Available now' }).check();
  await expect.poll(() => textNow(expertPage, 'dashboard-presence'), { timeout: 10_000 }).toBe('Available now');

  // Help now on the free offering: confirmed at once.
  const userContext = await newVisitor(browser, 'en-US');
  const user = await userContext.newPage();
  await signIn(user, (await createUser(database.db, { displayName: names.user })).email);
  await user.goto(`${baseUrl}/experts/${expert.slug}/${offerings[0]!.slug}`);
  await user.getByRole('button', { name: 'Ask for help now' }).click();
  await user.getByRole('button', { name: 'Send the request' }).click();
  await expertPage.getByTestId('incoming-request').getByRole('button', { name: 'Accept' }).click({ timeout: 10_000 });
  await user.waitForURL(/\/bookings\/[^/?]+$/, { timeout: 10_000 });
  const bookingPath = new URL(user.url()).pathname;

  // Both meet in the room; the expert ends the session.
  await user.getByTestId('booking-session').getByRole('link', { name: 'Join the session' }).click({ timeout: 10_000 });
  await joinCall(user);
  await expertPage.goto(`${baseUrl}${bookingPath}/room`);
  await joinCall(expertPage);
  await expect.poll(() => connectionState(user), { timeout: 20_000 }).toBe('connected');
  await expertPage.getByRole('button', { name: 'End session' }).click();
  await expertPage.getByRole('dialog', { name: 'End the session?' }).getByRole('button', { name: 'End the session' }).click();
  await user.getByTestId('session-ended').waitFor({ timeout: 10_000 });
  return { user, expertPage, bookingPath, expertSlug: expert.slug, contexts: [userContext, expertContext] };
}
