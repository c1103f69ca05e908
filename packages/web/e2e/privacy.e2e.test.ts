/**
 * Your data: a user with a past session asks for their data on the account page, sees it prepared and ready, downloads
 * the ZIP and finds the booking in bookings.json; then deletes their account (password and email typed again), lands
 * on the goodbye page, and signing in again with the same credentials fails with the usual message.
 */
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectDatabase, type DbHandle } from '../../api/src/platform/db/client';
import { createBookableExpert } from '../../api/src/seed/bookable-expert';
import { createCompletedBooking } from '../../api/src/seed/booking-factories';
import { createUser, defaultTestPassword } from '../../api/src/seed/factories';
import { field, launchBrowser, newVisitor, signIn } from './browser';

let browser: Browser;
let database: DbHandle;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser({ fakeDevices: false, grantMedia: false });
  database = connectDatabase(inject('e2eDatabaseUrl'), 2);
});
afterAll(async () => {
  await browser?.close();
  await database?.close();
});

describe('your data', () => {
  it('exports the data as a ZIP holding the past booking, then deletes the account so that signing in fails', async () => {
    const { expert, offerings } = await createBookableExpert(database.db, {
      displayName: 'Noor Haddad',
      prices: [{ model: 'FREE', durationMinutes: 30 }],
    });
    const account = await createUser(database.db, { displayName: 'Lena Exporter' });
    const booking = await createCompletedBooking(database.db, {
      userId: account.id,
      expert,
      offering: offerings[0]!,
      startsAt: new Date(Date.now() - 3 * 24 * 3_600_000),
    });

    const context = await newVisitor(browser, 'en-US');
    const page = await context.newPage();
    await signIn(page, account.email);

    // Ask for the export: it shows as being prepared, then ready, by itself.
    const yourData = page.getByRole('region', { name: 'Your data' });
    await yourData.getByRole('button', { name: 'Export my data' }).click();
    const item = yourData.getByTestId('data-export').first();
    await expect.poll(() => item.getAttribute('data-status'), { timeout: 20_000 }).toBe('READY');
    expect(await item.textContent()).toMatch(/Available until /);

    // Download it and open the ZIP: the booking is in bookings.json.
    const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('link', { name: /^Download/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^skillcall-export-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
    expect(Object.keys(files)).toContain('README.txt');
    const exported = JSON.parse(strFromU8(files['bookings.json']!)) as { id: string; role: string; otherParty: string; status: string }[];
    expect(exported).toEqual([expect.objectContaining({ id: booking.id, role: 'CLIENT', otherParty: 'Noor Haddad', status: 'COMPLETED' })]);

    // Delete the account: the danger zone says what happens, the dialog asks for the password and the email.
    const dangerZone = page.getByRole('region', { name: 'Delete my account' });
    expect(await dangerZone.getByTestId('deletion-upcoming').textContent()).toBe('You have no upcoming bookings to cancel.');
    await dangerZone.getByRole('button', { name: 'Delete my account…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account for good?' });
    await field(page, 'Your password').fill(defaultTestPassword);
    await field(page, 'Your email address').fill(account.email);
    await dialog.getByRole('button', { name: 'Delete my account' }).click();
    await page.waitForURL('**/account-deleted', { timeout: 10_000 });
    await page.getByRole('heading', { name: 'Your account is deleted' }).waitFor();

    // Signing in again with the same credentials fails with the usual message.
    await page.goto(`${baseUrl}/sign-in`);
    await field(page, 'Email').fill(account.email);
    await field(page, 'Password').fill(defaultTestPassword);
    await page.getByRole('main').getByRole('button', { name: 'Sign in', exact: true }).click();
    await expect.poll(() => page.getByRole('main').textContent(), { timeout: 10_000 }).toContain('The email or the password is not right.');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await context.close();
  });
});
