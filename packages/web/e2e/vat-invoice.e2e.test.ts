/**
 * A business buyer's invoice: a signed-in user books a paid session of the demo expert (Élodie, selling from France),
 * gives a Belgian business's details at checkout, first with a VAT number whose checksum fails (the field says so and
 * no checkout opens), then with a valid one; pays at the offline checkout, and the invoice downloaded from the booking
 * page says reverse charge, names the buyer's VAT number and charges 0 % VAT.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectDatabase, type DbHandle } from '../../api/src/platform/db/client';
import { createUser } from '../../api/src/seed/factories';
import { pdfText } from '../../api/test/pdf-text';
import { field, launchBrowser, newVisitor, signIn, textNow } from './browser';

let browser: Browser;
let database: DbHandle;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
  database = connectDatabase(inject('e2eDatabaseUrl'), 1);
});
afterAll(async () => {
  await browser?.close();
  await database?.close();
});

describe('a business buyer’s invoice', () => {
  it(
    'refuses a VAT number that fails its checks, then pays and downloads an invoice with reverse charge',
    { timeout: 60_000 },
    async () => {
      const buyer = await createUser(database.db, { displayName: 'Lena Peeters', timeZone: 'Europe/Brussels' });
      const context = await newVisitor(browser, 'en-US');
      const page = await context.newPage();
      await signIn(page, buyer.email);

      // A slot of the demo expert's paid session, held while the buyer pays. Not the first one: other journeys book those.
      await page.goto(`${baseUrl}/experts/elodie-lefevre`);
      await page.getByRole('link', { name: 'Premier cours de guitare' }).click();
      await page.getByTestId('slot').nth(6).click({ timeout: 10_000 });
      await page.getByTestId('book-slot-panel').getByRole('button', { name: 'Book and hold this slot' }).click();
      await page.waitForURL(/\/bookings\/[^/?]+$/, { timeout: 10_000 });
      const bookingPath = new URL(page.url()).pathname;

      // Invoice details of a Belgian business.
      const step = page.getByTestId('payment-step');
      await step.getByLabel('Add invoice details (name, address, business VAT number)').check();
      await step.getByText('A business', { exact: true }).click();
      await field(page, 'Business name').fill('Peeters Muziek BV');
      await field(page, 'Address').fill('Rue de la Loi 16\n1000 Brussels');
      await step.getByRole('combobox', { name: 'Country' }).fill('Belgium');
      await page.getByRole('option', { name: 'Belgium', exact: true }).click();
      const vatNumber = field(page, 'VAT number');

      // A checksum that fails: the field says so, and no checkout opens.
      await vatNumber.fill('BE0411905848');
      await step.getByRole('button', { name: /^Pay / }).click();
      await expect.poll(() => vatNumber.getAttribute('aria-invalid'), { timeout: 10_000 }).toBe('true');
      // Its checksum fails here, before anyone asks VIES: the message must not blame VIES.
      expect(await step.textContent()).toContain('This VAT number failed its checks (format, checksum or the EU VIES register)');
      expect(new URL(page.url()).pathname).toBe(bookingPath);

      // A valid one: the offline checkout, then back to the confirmed booking.
      await vatNumber.fill('BE0411905847');
      await step.getByRole('button', { name: /^Pay / }).click();
      await page.waitForURL('**/pay/offline/*', { timeout: 10_000 });
      await page.getByRole('button', { name: /^Pay / }).click({ timeout: 10_000 });
      await page.waitForURL(`**${bookingPath}?payment=done`);
      await expect.poll(() => textNow(page, 'booking-status'), { timeout: 10_000 }).toBe('Confirmed');

      // The invoice, downloaded from the booking page.
      const link = page.getByTestId('payment-panel').getByRole('link', { name: /^Download invoice / });
      await link.waitFor({ timeout: 10_000 });
      const downloading = page.waitForEvent('download');
      await link.click();
      const file = await downloading;
      const chunks: Buffer[] = [];
      for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
      const text = await pdfText(new Uint8Array(Buffer.concat(chunks)));
      // The buyer as given at checkout, with their VAT number; no VAT charged, and the mention that says why.
      expect(text).toMatch(/\nCustomer\nPeeters Muziek BV\n[^]*\nBE\nVAT number: BE0411905847\n/);
      expect(text).toContain('VAT rate: 0 %');
      expect(text).toContain('Total VAT\nEUR 0.00\n');
      expect(text).toContain('Reverse charge: VAT to be accounted for by the customer (Article 196 of Directive 2006/112/EC)');

      await context.close();
    },
  );
});
