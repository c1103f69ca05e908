import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { TestClient } from '../../../test/graphql-client';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { bookableExpert, signInAs } from '../../../test/booking-fixtures';
import { pdfText as readPdfText } from '../../../test/pdf-text';
import { createUser } from '../../seed/factories';
import { createCompletedBooking } from '../../seed/booking-factories';
import { createTaxProfile } from '../../seed/tax-factories';
import { chargeMovements, postMovements } from '../billing/ledger';
import { createLoaders } from '../../loaders';
import { createLogger } from '../../platform/logger';
import { systemContext } from '../../platform/system-context';
import { users } from '../identity/identity.table';
import { expertTaxProfiles } from '../tax/tax-profile.table';
import { invoiceLines, invoices } from '../invoices/invoice.table';
import { commissionInvoicesJob } from './tax-reports.jobs';

const clock = new ManualClock(new Date('2048-03-01T00:00:00Z'));
let t: TestApp;
let adminUser: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  t = await startTestApp(
    { TAX_MODEL: 'agent', OPERATOR_LEGAL_NAME: 'Skillcall SAS', OPERATOR_ADDRESS: '1 rue de la Paix\n75002 Paris', OPERATOR_COUNTRY: 'FR' },
    clock,
  );
  adminUser = await createUser(t.app.database.db, { roles: ['USER', 'ADMIN'] });
});
afterAll(() => t.close());

const db = () => t.app.database.db;

async function runJob(model: 'agent' | 'platform' = 'agent') {
  const config = { ...t.config, tax: { ...t.config.tax, model } };
  const deps = { adapters: t.app.adapters, db: db(), config, logger: createLogger(t.config), clock, createLoaders };
  const handle = await commissionInvoicesJob.handler();
  await handle(systemContext(deps, commissionInvoicesJob.id), {}, { id: 'test', attempts: 1 });
}

async function expertWith(profile: Parameters<typeof createTaxProfile>[2], locale: 'en' | 'fr') {
  const expert = await bookableExpert(t, { prices: [{ model: 'PER_SESSION', amountMinor: 10_000, currency: 'EUR', durationMinutes: 60 }] });
  await db().update(users).set({ locale }).where(eq(users.id, expert.user.id));
  // Approved experts come with a French profile: this one is replaced.
  await db().delete(expertTaxProfiles).where(eq(expertTaxProfiles.userId, expert.user.id));
  await createTaxProfile(db(), expert.user.id, profile);
  return expert;
}

/** A booking of `expert` charged `amountMinor` EUR at `at`, with the platform's 20 % kept. */
async function charged(expert: Awaited<ReturnType<typeof expertWith>>, amountMinor: number, at: string) {
  const customer = await createUser(db());
  const booking = await createCompletedBooking(db(), {
    expert: expert.expert,
    offering: expert.offerings[0]!,
    userId: customer.id,
    startsAt: new Date(at),
  });
  await db().transaction((tx) =>
    postMovements(
      tx,
      chargeMovements({ bookingId: booking.id, expertId: expert.expert.id, currency: 'EUR', amountMinor, feeBasisPoints: 2000 }),
      new Date(at),
    ),
  );
}

async function pdfText(id: string, client: TestClient): Promise<string> {
  const response = await fetch(`${t.url}/invoices/${id}.pdf`, { headers: { cookie: client.cookieHeader } });
  expect(response.status).toBe(200);
  return readPdfText(new Uint8Array(await response.arrayBuffer()));
}

describe("the platform's monthly commission invoice to each expert (TAX_MODEL=agent)", () => {
  it('issues once, on the 1st, one invoice per expert for the month before, with a line per booking, in their language', async () => {
    // A German VAT-registered expert (reverse charge) and a French exempt one (taxed in France, the operator's country).
    const german = await expertWith(
      {
        legalName: 'Klara Vogel',
        address: 'Unter den Linden 1\n10117 Berlin',
        country: 'DE',
        status: 'VAT_REGISTERED',
        vatNumber: 'DE136695976',
      },
      'en',
    );
    const french = await expertWith(
      {
        legalName: 'Élodie Marchand',
        address: '12 rue des Lilas\n75011 Paris',
        country: 'FR',
        status: 'EXEMPT_SMALL_BUSINESS',
        exemptionText: 'TVA non applicable, art. 293 B du CGI',
      },
      'fr',
    );
    await charged(german, 10_000, '2048-02-10T09:00:00Z');
    await charged(german, 5000, '2048-03-04T09:00:00Z');
    await charged(french, 3000, '2048-03-05T09:00:00Z');
    await charged(french, 4550, '2048-03-20T09:00:00Z');
    await charged(french, 9900, '2048-04-02T09:00:00Z');

    clock.set(new Date('2048-04-01T02:00:00Z'));
    await runJob();
    await runJob();

    const issued = await db().select().from(invoices).where(eq(invoices.supply, 'COMMISSION'));
    expect(issued).toHaveLength(2);
    const ofGerman = issued.find((i) => i.buyerUserId === german.user.id)!;
    const ofFrench = issued.find((i) => i.buyerUserId === french.user.id)!;
    // March only: 20 % of 50.00 EUR, reverse charged, no VAT.
    expect(ofGerman).toMatchObject({
      sourceKey: `commission:${german.expert.id}:2048-03:EUR`,
      issuerKey: 'platform',
      locale: 'en',
      currency: 'EUR',
      netMinor: 1000,
      taxMinor: 0,
      grossMinor: 1000,
      mention: 'REVERSE_CHARGE',
      suppliedUntil: new Date('2048-03-31T23:59:59.999Z'),
    });
    expect(ofGerman.buyer).toMatchObject({ name: 'Klara Vogel', country: 'DE', vatNumber: 'DE136695976' });
    // 6.00 + 9.10 EUR kept, French VAT at 20 % inside each: 1.00 + 1.52.
    expect(ofFrench).toMatchObject({ locale: 'fr', netMinor: 1258, taxMinor: 252, grossMinor: 1510, mention: null });
    expect(
      (await db().select().from(invoiceLines).where(eq(invoiceLines.invoiceId, ofFrench.id)).orderBy(invoiceLines.position)).map((l) => [
        l.netMinor,
        l.taxMinor,
        l.rateBasisPoints,
        l.taxCountry,
      ]),
    ).toEqual([
      [500, 100, 2000, 'FR'],
      [758, 152, 2000, 'FR'],
    ]);

    // Signed in again on the day the invoices are issued (the clock moved a month).
    const [germanClient, frenchClient, adminClient] = await Promise.all([
      signInAs(t, german.user),
      signInAs(t, french.user),
      signInAs(t, adminUser),
    ]);
    const germanPdf = await pdfText(ofGerman.id, germanClient);
    expect(germanPdf).toContain('Reverse charge: VAT to be accounted for by the customer (Article 196 of Directive 2006/112/EC)');
    expect(germanPdf).toContain('DE136695976');
    expect(await pdfText(ofFrench.id, frenchClient)).toContain('Total TTC\n15,10 EUR');
    expect(await pdfText(ofFrench.id, adminClient)).toContain('Élodie Marchand');
    const other = await fetch(`${t.url}/invoices/${ofFrench.id}.pdf`, { headers: { cookie: germanClient.cookieHeader } });
    expect(other.status).not.toBe(200);
  });

  it('issues none under TAX_MODEL=platform, where the expert buys nothing from the platform', async () => {
    const expert = await expertWith(
      { legalName: 'Jan de Vries', address: 'Damrak 1\nAmsterdam', country: 'NL', status: 'EXEMPT_SMALL_BUSINESS' },
      'en',
    );
    await charged(expert, 10_000, '2048-04-03T09:00:00Z');
    clock.set(new Date('2048-05-01T02:00:00Z'));
    await runJob('platform');
    expect(await db().select().from(invoices).where(eq(invoices.buyerUserId, expert.user.id))).toEqual([]);
  });
});
