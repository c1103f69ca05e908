/**
 * Passkeys in Chromium with its virtual authenticator (DevTools protocol `WebAuthn.addVirtualAuthenticator`: CTAP2, a
 * built-in authenticator that keeps discoverable credentials and verifies the user): a person adds a passkey in their
 * account settings, signs out, signs in with it without typing their email (with the button, or through the email
 * field's autofill), then removes it, after which it no longer signs in; a fresh passkey sign-in deletes the account
 * without the password; a browser without WebAuthn is told passkeys are not available. WebAuthn refuses IP addresses
 * as relying party ids, so the e2e server lives at `localhost` (a secure context over plain http), its PUBLIC_URL.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { connectDatabase, type DbHandle } from '../../api/src/platform/db/client';
import { createUser, defaultTestPassword } from '../../api/src/seed/factories';
import { field, launchBrowser, newVisitor, textNow } from './browser';

let browser: Browser;
let database: DbHandle;
const origin = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser({ fakeDevices: false, grantMedia: false });
  database = connectDatabase(inject('e2eDatabaseUrl'), 2);
});
afterAll(async () => {
  await browser?.close();
  await database?.close();
});

/** A platform authenticator with user verification that answers at once, as if the person touched the sensor. */
async function addVirtualAuthenticator(page: Page): Promise<{ cdp: CDPSession; authenticatorId: string }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, authenticatorId };
}

/**
 * A page whose browser offers no passkeys in autofill, so the sign-in page's button is the way in: Chromium's virtual
 * authenticator answers an autofill (conditional) request by itself, which would sign in before any click.
 */
async function pageWithoutAutofill(): Promise<Page> {
  const context = await newVisitor(browser, 'en-US');
  await context.addInitScript(() => {
    PublicKeyCredential.isConditionalMediationAvailable = () => Promise.resolve(false);
  });
  return context.newPage();
}

async function signInWithPassword(page: Page, email: string): Promise<void> {
  await page.goto(`${origin}/sign-in`);
  await field(page, 'Email').fill(email);
  await field(page, 'Password').fill(defaultTestPassword);
  await page.getByRole('main').getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL(`${origin}/account`);
}

async function addPasskey(page: Page, name: string): Promise<void> {
  await field(page, 'Passkey name').fill(name);
  await page.getByTestId('passkeys-section').getByRole('button', { name: 'Add a passkey' }).click();
  await expect.poll(() => textNow(page, 'passkey-name'), { timeout: 10_000 }).toBe(name);
}

async function signInWithPasskey(page: Page): Promise<void> {
  await page.goto(`${origin}/sign-in`);
  await page.getByRole('main').getByRole('button', { name: 'Sign in with a passkey' }).click();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('main').getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(`${origin}/`);
}

describe('passkeys', () => {
  it('adds a passkey in settings, signs in with it without an email, and no longer once it is removed', async () => {
    const user = await createUser(database.db, { displayName: 'Noor Passkey' });
    const page = await pageWithoutAutofill();
    await page.goto(`${origin}/sign-in`);
    const { cdp, authenticatorId } = await addVirtualAuthenticator(page);
    await signInWithPassword(page, user.email);

    const section = page.getByTestId('passkeys-section');
    await expect.poll(() => textNow(page, 'passkey-list-empty'), { timeout: 10_000 }).toBe('You have no passkey yet.');
    await addPasskey(page, 'Test laptop');
    expect(await textNow(page, 'passkey-row')).toContain('Never used');
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials).toHaveLength(1);
    expect(credentials[0]).toMatchObject({ isResidentCredential: true, rpId: 'localhost' });

    await signOut(page);
    await signInWithPasskey(page);
    await page.waitForURL(`${origin}/account`);
    await expect.poll(() => textNow(page, 'passkey-row'), { timeout: 10_000 }).toContain('Last used');
    expect(await page.getByRole('main').textContent()).toContain(user.email);

    await section.getByRole('button', { name: 'Remove the passkey “Test laptop”' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove the passkey' }).click();
    await expect.poll(() => textNow(page, 'passkey-list-empty'), { timeout: 10_000 }).toBe('You have no passkey yet.');

    // The authenticator still holds it, but the account no longer knows it.
    await signOut(page);
    await signInWithPasskey(page);
    await expect
      .poll(() => page.getByRole('main').getByRole('alert').textContent(), { timeout: 10_000 })
      .toContain('This passkey is not registered with Skillcall any more.');
    expect(page.url()).toBe(`${origin}/sign-in`);
    await page.context().close();
  });

  it('offers the passkey in the email field’s autofill where the browser can: picking it signs in', async () => {
    const user = await createUser(database.db, { displayName: 'Sam Autofill' });
    const context = await newVisitor(browser, 'en-US');
    const page = await context.newPage();
    await page.goto(`${origin}/sign-in`);
    await addVirtualAuthenticator(page);
    await signInWithPassword(page, user.email);
    await addPasskey(page, 'Phone');
    await signOut(page);
    // The virtual authenticator picks its one passkey as soon as the page asks, as a person would in the autofill list.
    await page.goto(`${origin}/sign-in`);
    await page.waitForURL(`${origin}/account`, { timeout: 15_000 });
    await expect.poll(() => textNow(page, 'passkey-row'), { timeout: 10_000 }).toContain('Last used');
    await context.close();
  });

  it('deletes the account without the password just after a passkey sign-in', async () => {
    const user = await createUser(database.db, { displayName: 'Ida Leaving' });
    const page = await pageWithoutAutofill();
    await page.goto(`${origin}/sign-in`);
    await addVirtualAuthenticator(page);
    await signInWithPassword(page, user.email);
    await addPasskey(page, 'Phone');
    await signOut(page);
    await signInWithPasskey(page);
    await page.waitForURL(`${origin}/account`);

    await page.getByRole('region', { name: 'Delete my account' }).getByRole('button', { name: 'Delete my account…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account for good?' });
    await field(page, 'Your email address').fill(user.email);
    await dialog.getByRole('button', { name: 'Delete my account' }).click();
    await page.waitForURL('**/account-deleted', { timeout: 10_000 });
    await page.context().close();
  });

  it('says so in a browser without passkeys (in French, on a phone), and offers no passkey sign-in there', async () => {
    const user = await createUser(database.db, { displayName: 'Léon Ancien', locale: 'fr' });
    const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 390, height: 844 } });
    await context.addInitScript(() => {
      // An older browser: no WebAuthn at all.
      delete (window as { PublicKeyCredential?: unknown }).PublicKeyCredential;
    });
    const page = await context.newPage();
    await page.goto(`${origin}/sign-in`);
    await field(page, 'Adresse e-mail').fill(user.email);
    await field(page, 'Mot de passe').fill(defaultTestPassword);
    expect(await page.getByRole('button', { name: 'Se connecter avec une clé d’accès' }).count()).toBe(0);
    await page.getByRole('main').getByRole('button', { name: 'Se connecter', exact: true }).click();
    await page.waitForURL(`${origin}/account`);
    await expect
      .poll(() => page.getByTestId('passkeys-section').textContent(), { timeout: 10_000 })
      .toContain('Les clés d’accès ne sont pas disponibles dans ce navigateur.');
    expect(await page.getByRole('button', { name: 'Ajouter une clé d’accès' }).count()).toBe(0);
    await context.close();
  });
});
