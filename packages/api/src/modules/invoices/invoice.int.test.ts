import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import {
  BookSlotDocument,
  BookingBillingDocument,
  CancelBookingDocument,
  CompleteOfflineCheckoutDocument,
  DevMailboxDocument,
  PayBookingDocument,
  type BillingDetailsInput,
} from '@skillcall/schema';
import { expectType, type TestClient } from '../../../test/graphql-client';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { bookableExpert, signInAs } from '../../../test/booking-fixtures';
import { pdfText as readPdfText } from '../../../test/pdf-text';
import { createUser } from '../../seed/factories';

// Monday 2 March 2048, 07:00 in Paris; the experts keep Paris office hours.
const clock = new ManualClock(new Date('2048-03-02T06:00:00Z'));
let t: TestApp;
let admin: TestClient;

beforeAll(async () => {
  t = await startTestApp({}, clock);
  admin = await signInAs(t, await createUser(t.app.database.db, { roles: ['USER', 'ADMIN'] }));
});
afterAll(() => t.close());

const perSession = { model: 'PER_SESSION' as const, amountMinor: 4500, currency: 'EUR', durationMinutes: 60 };

async function paidBooking(
  locale: 'en' | 'fr',
  startsAt: string,
  billing?: BillingDetailsInput,
  beforePaying?: (bookingId: string) => Promise<unknown>,
) {
  const account = await createUser(t.app.database.db, { roles: ['USER'], locale });
  const user = await signInAs(t, account);
  const expert = await bookableExpert(t, { prices: [perSession], policy: 'FLEXIBLE' });
  const booked = expectType(
    (await user.data(BookSlotDocument, { input: { offeringId: expert.offerings[0]!.id, startsAt, timeZone: 'Europe/Paris' } })).bookSlot,
    'BookingSuccess',
  ).booking;
  const checkout = expectType(
    (await user.data(PayBookingDocument, { input: { bookingId: booked.id, billing } })).payBooking,
    'PaymentCheckout',
  );
  await beforePaying?.(booked.id);
  await user.data(CompleteOfflineCheckoutDocument, { input: { checkoutId: checkout.url.split('/').pop()!, pay: true } });
  const payment = (await user.data(BookingBillingDocument, { id: booked.id })).booking!.payment!;
  return { user, email: account.email, expert, booking: booked, payment };
}

const download = (path: string, client: TestClient | null) =>
  fetch(`${t.url}${new URL(path).pathname}`, { headers: client ? { cookie: client.cookieHeader } : {} });

async function pdfText(path: string, client: TestClient): Promise<string> {
  const response = await download(path, client);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  return readPdfText(new Uint8Array(await response.arrayBuffer()));
}

describe('invoices of paid bookings', () => {
  it('issues a numbered invoice in the buyer’s language when the payment is captured, with every EU invoice field, for the participants only', async () => {
    const { user, expert, payment } = await paidBooking('fr', '2048-03-05T10:00:00Z');
    const { operator } = t.config.tax;
    expect(payment.invoices).toEqual([
      expect.objectContaining({
        kind: 'INVOICE',
        number: `${operator.invoicePrefix}-2048-000001`,
        total: expect.objectContaining({ amountMinor: 4500, currency: 'EUR' }),
        tax: expect.objectContaining({ amountMinor: 750 }),
      }),
    ]);
    const invoice = payment.invoices[0]!;
    const text = await pdfText(invoice.url, user);
    for (const field of [
      'Facture',
      `Numéro\n${invoice.number}`,
      'Date d’émission\n2 mars 2048',
      'Date de la prestation\n5 mars 2048',
      `Vendeur\n${operator.legalName}`,
      `Numéro de TVA: ${operator.vatNumber}`,
      'Client',
      expert.expert.displayName,
      'HT: 37,50 EUR',
      'Taux de TVA: 20 %',
      'TVA: 7,50 EUR',
      'TVA à 20 % : HT 37,50 EUR, TVA 7,50 EUR',
      'Total TTC\n45,00 EUR',
      'Devise\nEUR',
    ]) {
      expect(text).toContain(field);
    }
    expect((await download(invoice.url, expert.client)).status).toBe(200);
    expect((await download(invoice.url, admin)).status).toBe(200);
    expect((await download(invoice.url, await signInAs(t, await createUser(t.app.database.db, { roles: ['USER'] })))).status).toBe(404);
    expect((await download(invoice.url, null)).status).toBe(401);
  });

  it('invoices a business with a valid VAT number in another EU country under reverse charge, in English', async () => {
    const { user, payment } = await paidBooking(
      'en',
      '2048-03-05T12:00:00Z',
      {
        kind: 'BUSINESS',
        businessName: 'Brussels Widgets SRL',
        address: 'Rue Neuve 1\n1000 Bruxelles',
        country: 'BE',
        vatNumber: 'BE0417497106',
      },
      (bookingId) =>
        // VIES is out of reach here: the number is confirmed as the tax module's re-check records it (VALID).
        t.app.database.db.execute(
          sql`update payment_billing_details set vat_check = 'VALID' where payment_id = (select id from payments where booking_id = ${bookingId})`,
        ),
    );
    const invoice = payment.invoices[0]!;
    expect(invoice.tax.amountMinor).toBe(0);
    const text = await pdfText(invoice.url, user);
    for (const field of [
      'Invoice',
      `Number\n${invoice.number}`,
      'Date of issue\nMarch 2, 2048',
      'Date of the service\nMarch 5, 2048',
      'Customer\nBrussels Widgets SRL\nRue Neuve 1\n1000 Bruxelles\nBE\nVAT number: BE0417497106',
      'Net: EUR 45.00',
      'VAT rate: 0 %',
      'Total due\nEUR 45.00',
      'Reverse charge: VAT to be accounted for by the customer (Article 196 of Directive 2006/112/EC)',
    ]) {
      expect(text).toContain(field);
    }
  });

  it('answers a refund with a credit note referencing the invoice, and mails the invoice instead of a receipt', async () => {
    const { user, email, booking, payment } = await paidBooking('en', '2048-03-06T10:00:00Z');
    const invoice = payment.invoices[0]!;
    await expect
      .poll(
        async () =>
          (await admin.data(DevMailboxDocument, { first: 50, to: email })).devMailbox.edges
            .map((e) => e.node)
            .find((m) => m.template === 'paymentReceipt'),
        { timeout: 10_000 },
      )
      .toMatchObject({
        subject: expect.stringMatching(/^Invoice: /),
        text: expect.stringContaining('Your invoice is attached'),
        attachments: [{ filename: `${invoice.number}.pdf`, contentType: 'application/pdf' }],
      });

    expectType((await user.data(CancelBookingDocument, { input: { bookingId: booking.id } })).cancelBooking, 'BookingSuccess');
    await expect
      .poll(async () => (await user.data(BookingBillingDocument, { id: booking.id })).booking!.payment!.invoices.length, {
        timeout: 10_000,
      })
      .toBe(2);
    const [, note] = (await user.data(BookingBillingDocument, { id: booking.id })).booking!.payment!.invoices;
    expect(note).toMatchObject({ kind: 'CREDIT_NOTE', number: expect.stringMatching(/-CN2048-\d{6}$/), total: { amountMinor: 4500 } });
    const text = await pdfText(note!.url, user);
    expect(text).toContain(`Corrects invoice\n${invoice.number}`);
    expect(text).toContain('Reason\ncancellation');
    expect(text).toContain('Total credited\nEUR 45.00');
  });
});
