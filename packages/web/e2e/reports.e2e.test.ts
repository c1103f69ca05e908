/**
 * Reports, in browser profiles: a user holds a free session with an expert and reviews it (as in
 * reviews.e2e.test.ts); another signed-in user reports the review from the expert's public profile (an empty reason
 * is refused under the field, then the report is sent); the demo admin finds it on /admin/reports and hides the
 * review with a note; the public profile no longer shows it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectDatabase, type DbHandle } from '../../api/src/platform/db/client';
import { createBookableExpert } from '../../api/src/seed/bookable-expert';
import { createUser } from '../../api/src/seed/factories';
import { field, launchBrowser, newVisitor, signIn, textNow } from './browser';
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

/**
 * A free session held through the room and reviewed by its user: the expert's slug and the review's text, published
 * on the expert's profile.
 */
async function publishedReview(text: string): Promise<{ expertSlug: string }> {
  const { user, bookingPath, expertSlug, contexts } = await holdFreeSession(browser, database, baseUrl, {
    expert: 'Noor Halvorsen',
    user: 'Bo Author',
  });

  await user.goto(`${baseUrl}${bookingPath}#review`);
  const form = user.getByTestId('review-form');
  await form.waitFor({ timeout: 10_000 });
  await field(user, 'Your review').fill(text);
  const fourStars = user.getByRole('radiogroup', { name: 'Rating' }).getByRole('radio', { name: '4 stars' });
  await user.locator(`label[for="${await fourStars.getAttribute('id')}"]`).click();
  await expect.poll(() => fourStars.isChecked()).toBe(true);
  await form.getByRole('button', { name: 'Publish the review' }).click();
  await form.waitFor({ state: 'detached', timeout: 10_000 });

  // Its author reads it on the profile without "Report" (they may still report the profile: they are signed in).
  await user.goto(`${baseUrl}/experts/${expertSlug}`);
  await expect.poll(() => textNow(user, 'review-body'), { timeout: 10_000 }).toBe(text);
  await user.getByRole('button', { name: 'Report this profile' }).waitFor({ timeout: 10_000 });
  expect(await user.getByTestId('review').getByTestId('report-button').count()).toBe(0);

  for (const context of contexts) await context.close();
  return { expertSlug };
}

describe('reports', () => {
  it('lets a signed-in user report a review and an admin hide it, which removes it from the profile', async () => {
    const text = 'Rude and useless: the expert mocked my question for ten minutes.';
    const { expertSlug } = await publishedReview(text);

    // Another signed-in user reports the review from the public profile.
    const reporterContext = await newVisitor(browser, 'en-US');
    const reporter = await reporterContext.newPage();
    await signIn(reporter, (await createUser(database.db, { displayName: 'Cleo Watcher' })).email);
    await reporter.goto(`${baseUrl}/experts/${expertSlug}`);
    await expect.poll(() => textNow(reporter, 'review-body'), { timeout: 10_000 }).toBe(text);
    await reporter.getByTestId('review').getByRole('button', { name: 'Report this review' }).click();
    const dialog = reporter.getByRole('dialog', { name: 'Report this review' });
    await dialog.waitFor();

    // No reason: the API's field error shows under the field.
    await dialog.getByRole('button', { name: 'Send the report' }).click();
    await expect
      .poll(() => dialog.textContent(), { timeout: 10_000 })
      .toContain('Say why you are reporting this, in at least 5 characters.');

    const reason = 'The review is insulting and has nothing to do with the session.';
    await field(reporter, 'Why are you reporting this?').fill(reason);
    await dialog.getByRole('button', { name: 'Send the report' }).click();
    await expect.poll(() => textNow(reporter, 'report-sent'), { timeout: 10_000 }).toBe('Thanks, an admin will look at it.');
    await reporterContext.close();

    // The admin finds it among the open reports and hides the review with a note.
    const adminContext = await newVisitor(browser, 'en-US');
    const admin = await adminContext.newPage();
    await signIn(admin, 'admin@skillcall.test', 'skillcall-demo');
    await admin.goto(`${baseUrl}/admin/reports`);
    const report = admin.getByTestId('report').filter({ hasText: reason });
    await report.waitFor({ timeout: 10_000 });
    expect(await report.getByTestId('report-kind').textContent()).toBe('Review');
    expect(await report.getByTestId('report-reporter').textContent()).toBe('Reported by Cleo Watcher');
    expect(await report.getByTestId('report-target').textContent()).toContain(text); // the review itself, to decide on

    // Without a note: refused under the note.
    await report.getByRole('button', { name: 'Hide the review' }).click();
    await expect
      .poll(() => report.textContent(), { timeout: 10_000 })
      .toContain('Write a note of at least 5 characters: it is kept with the decision.');

    const note = 'Insulting, and not about the session.';
    await report.getByLabel(/^Your note/).fill(note);
    await report.getByRole('button', { name: 'Hide the review' }).click();
    await expect.poll(() => report.count(), { timeout: 10_000 }).toBe(0);

    // Among the hidden ones, with the decision and its note.
    await admin.getByText('Hidden', { exact: true }).click();
    const hidden = admin.getByTestId('report').filter({ hasText: reason });
    await hidden.waitFor({ timeout: 10_000 });
    expect(await hidden.getByTestId('report-decision').textContent()).toContain('Review hidden');
    expect(await hidden.getByTestId('report-note').textContent()).toBe(note);
    await adminContext.close();

    // The public profile no longer shows it.
    const visitor = await (await newVisitor(browser, 'en-US')).newPage();
    await visitor.goto(`${baseUrl}/experts/${expertSlug}`);
    const list = visitor.getByTestId('review-list');
    await list.waitFor({ timeout: 10_000 });
    await expect.poll(() => list.textContent(), { timeout: 10_000 }).toContain('No reviews yet');
    expect(await visitor.getByTestId('review').count()).toBe(0);
    await visitor.context().close();
  });

  it('names the suspended expert in the audit log, linked to their profile', async () => {
    const { expert } = await createBookableExpert(database.db, { displayName: 'Quinn Auditee' });
    const context = await newVisitor(browser, 'en-US');
    const admin = await context.newPage();
    await signIn(admin, 'admin@skillcall.test', 'skillcall-demo');
    await admin.goto(`${baseUrl}/admin/experts?q=${encodeURIComponent('Quinn Auditee')}`);
    await admin.getByRole('button', { name: 'Suspend Quinn Auditee' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Suspend Quinn Auditee?' });
    await field(admin, 'Reason for suspending').fill('Asked clients to pay outside Skillcall.');
    await dialog.getByRole('button', { name: 'Suspend the expert' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 10_000 });

    await admin.goto(`${baseUrl}/admin/audit`);
    const target = admin.getByTestId('audit-target-expert').filter({ hasText: 'Quinn Auditee' }).first();
    await target.waitFor({ timeout: 10_000 });
    expect(await target.getAttribute('href')).toBe(`/experts/${expert.slug}`);
    await context.close();
  });
});
