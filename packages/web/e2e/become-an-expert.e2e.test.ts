/**
 * A user applies to become an expert; contact details in the bio are refused on that field; the fixed application waits
 * for the applicant to confirm their email address and fill in their tax profile (the offering is paid), then is
 * approved by an admin in the admin routes, and the profile becomes public.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { field, launchBrowser, newVisitor } from './browser';
import { linkIn, mailTo } from './mail';

let browser: Browser;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function pick(page: Page, combobox: string, option: string, scope = page.getByRole('main')) {
  await scope.getByRole('combobox', { name: combobox }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await page.keyboard.press('Escape');
}

describe('becoming an expert', () => {
  it('refuses a phone number in the bio, then an admin approves the fixed application and the profile goes public', async () => {
    const name = `Jordan Lee ${Date.now() % 100000}`;
    const applicantContext = await newVisitor(browser, 'en-US');
    const page = await applicantContext.newPage();
    await page.goto(`${baseUrl}/sign-up?next=${encodeURIComponent('/become-an-expert')}`);
    await field(page, 'Display name').fill(name);
    const email = `jordan.${Date.now()}@example.test`;
    await field(page, 'Email').fill(email);
    await field(page, 'Password').fill('a long enough password');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/become-an-expert');
    await expect.poll(() => page.getByRole('heading', { name: 'Become an expert' }).isVisible()).toBe(true);

    const main = page.getByRole('main');
    await field(page, 'Headline').fill('Guitar lessons for grown-up beginners');
    await field(page, 'Bio').fill('Guitar teacher for twelve years. Call me on (415) 555-2671 and we skip the platform fees entirely.');
    await main.getByRole('combobox', { name: 'Skills' }).fill('guitar');
    await page.keyboard.press('Enter');
    await pick(page, 'Categories', 'Guitar');
    await main.getByRole('checkbox', { name: 'I confirm I am 18 or older' }).check();
    const offering = main.getByRole('group', { name: 'Offering 1' });
    await offering.getByRole('textbox', { name: 'Title' }).fill('Your first chords');
    await offering
      .getByRole('textbox', { name: 'Description' })
      .fill('We tune your guitar and learn four chords that open a hundred songs.');
    await pick(page, 'Category', 'Guitar', offering);
    await offering.getByRole('textbox', { name: 'Price', exact: true }).fill('25');

    await main.getByRole('button', { name: 'Submit for review' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Some fields need attention' }).isVisible()).toBe(true);
    const bio = page.locator('#application-bio');
    expect(await bio.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#application-bio-error').textContent()).toMatch(/contact details/);

    await bio.fill('Guitar teacher for twelve years, patient and structured, with songs you actually want to play.');
    await main.getByRole('button', { name: 'Submit for review' }).click();
    // Applying waits for a confirmed address: the draft is kept, and the welcome mail's link confirms it.
    await expect.poll(() => page.getByTestId('email-not-verified').isVisible()).toBe(true);
    const welcome = await mailTo(browser, baseUrl, email, 'confirm your email address');
    const confirmPage = await applicantContext.newPage();
    await confirmPage.goto(linkIn(welcome, '/verify-email'));
    await expect.poll(() => confirmPage.getByText(`${email} is confirmed`).isVisible(), { timeout: 10_000 }).toBe(true);
    await confirmPage.close();
    // A paid offering waits for the tax profile: the refusal leads to its page, and back.
    await main.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByTestId('tax-profile-required').getByRole('link', { name: 'Fill in my tax profile' }).click();
    await page.waitForURL('**/account/tax');
    await field(page, 'Legal name').fill(name);
    await field(page, 'Postal address').fill('12 rue des Lilas\n75011 Paris');
    await main.getByRole('combobox', { name: 'Country where you are established' }).fill('France');
    await page.getByRole('option', { name: 'France', exact: true }).click();
    await main.getByRole('button', { name: 'Save my tax profile' }).click();
    await expect.poll(() => page.getByText('Your tax profile is saved.').isVisible()).toBe(true);
    await page.goto(`${baseUrl}/become-an-expert`);
    await main.getByRole('button', { name: 'Submit for review' }).click();
    await expect.poll(() => page.getByTestId('application-status').textContent()).toMatch(/Waiting for review/);

    const adminContext = await newVisitor(browser, 'en-US');
    const admin = await adminContext.newPage();
    await admin.goto(`${baseUrl}/sign-in?next=${encodeURIComponent('/admin')}`);
    await field(admin, 'Email').fill('admin@skillcall.test');
    await field(admin, 'Password').fill('skillcall-demo');
    await admin.getByRole('main').getByRole('button', { name: 'Sign in', exact: true }).click();
    await admin.waitForURL('**/admin');
    await admin.getByRole('link', { name, exact: true }).click();
    await expect.poll(() => admin.getByRole('heading', { name: `Application from ${name}` }).isVisible()).toBe(true);
    await admin.getByRole('button', { name: 'Approve', exact: true }).click();
    await admin.getByRole('button', { name: 'Approve and publish' }).click();
    await admin.waitForURL('**/admin');

    await page.reload();
    await expect.poll(() => page.getByTestId('application-status').textContent()).toMatch(/Approved/);
    const profileLink = page.getByRole('link', { name: 'See my public profile' });
    const href = await profileLink.getAttribute('href');
    expect(href).toMatch(/^\/experts\/jordan-lee-\d+/);

    const visitorContext = await newVisitor(browser, 'en-US');
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${baseUrl}${href}`);
    await expect.poll(() => visitor.getByRole('heading', { level: 1, name }).isVisible()).toBe(true);
    expect(await visitor.title()).toContain(name);
    await expect.poll(() => visitor.getByRole('link', { name: /Your first chords/ }).isVisible()).toBe(true);
    await Promise.all([applicantContext.close(), adminContext.close(), visitorContext.close()]);
  });
});
