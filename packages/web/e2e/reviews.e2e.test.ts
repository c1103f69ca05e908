/**
 * Reviews, in two browser profiles: a user asks an available expert for help now on a free offering, both meet in the
 * room and the expert ends the session; the user follows the invitation to rate it, is told to choose stars, then
 * publishes 5 stars and a text; the expert sees it on their booking page and replies once; the expert's public
 * profile shows the average, the count, and the review with its reply.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectDatabase, type DbHandle } from '../../api/src/platform/db/client';
import { field, launchBrowser, newVisitor, textNow } from './browser';
import { holdFreeSession } from './room';

let browser: Browser;
let database: DbHandle;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
  database = connectDatabase(inject('e2eDatabaseUrl'), 2);
});
afterAll(async () => {
  await browser?.close();
  await database?.close();
});

describe('reviews', () => {
  it('lets the user rate a session once, the expert reply once, and shows both on the expert’s profile', async () => {
    const { user, expertPage, bookingPath, expertSlug, contexts } = await holdFreeSession(browser, database, baseUrl, {
      expert: 'Iris Valdez',
      user: 'Ada Reviewer',
    });

    // The end invites the user to rate it, on the booking page.
    await user.getByTestId('review-invite').getByRole('link', { name: 'Rate this session' }).click();
    await user.waitForURL(`**${bookingPath}#review`);
    const form = user.getByTestId('review-form');
    await form.waitFor({ timeout: 10_000 });
    expect(await textNow(user, 'review-deadline')).toMatch(/^You can review this session until /);

    // No stars: the API's field error shows under the rating.
    const text = 'Iris untangled my Postgres indexes in twenty minutes. Clear and patient.';
    await field(user, 'Your review').fill(text);
    await form.getByRole('button', { name: 'Publish the review' }).click();
    await expect.poll(() => textNow(user, 'review-form'), { timeout: 10_000 }).toContain('Choose a rating from 1 to 5 stars.');

    // 5 stars: published, and the page shows the review instead of the form.
    // The radio is visually hidden under its star, which is what a person clicks.
    const fiveStars = user.getByRole('radiogroup', { name: 'Rating' }).getByRole('radio', { name: '5 stars' });
    await user.locator(`label[for="${await fiveStars.getAttribute('id')}"]`).click();
    await expect.poll(() => fiveStars.isChecked()).toBe(true);
    await form.getByRole('button', { name: 'Publish the review' }).click();
    await form.waitFor({ state: 'detached', timeout: 10_000 });
    expect(await textNow(user, 'review-body')).toBe(text);
    expect(await user.getByTestId('booking-review').getByRole('img', { name: 'Rated 5.0 out of 5' }).count()).toBe(1);

    // The expert sees it on their booking page and replies, once.
    await expertPage.goto(`${baseUrl}${bookingPath}`);
    await expect.poll(() => textNow(expertPage, 'review-body'), { timeout: 10_000 }).toBe(text);
    const reply = 'Thank you Ada, good luck with the migration!';
    await field(expertPage, 'Your reply').fill(reply);
    await expertPage.getByTestId('reply-form').getByRole('button', { name: 'Reply' }).click();
    await expect.poll(() => textNow(expertPage, 'review-reply'), { timeout: 10_000 }).toContain(reply);
    expect(await expertPage.getByTestId('reply-form').count()).toBe(0);

    // The public profile: the average, the count, and the review with its reply.
    const visitor = await (await newVisitor(browser, 'en-US')).newPage();
    await visitor.goto(`${baseUrl}/experts/${expertSlug}`);
    await expect.poll(() => textNow(visitor, 'rating-average'), { timeout: 10_000 }).toBe('5.0');
    expect(await textNow(visitor, 'rating-count')).toBe('1 review');
    const list = visitor.getByTestId('review-list');
    expect(await textNow(visitor, 'review-body')).toBe(text);
    expect(await list.getByTestId('review-author').textContent()).toBe('Ada Reviewer');
    expect(await textNow(visitor, 'review-reply')).toContain(reply);

    await visitor.context().close();
    for (const context of contexts) await context.close();
  });
});
