import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BookSlotDocument } from '@skillcall/schema';
import { expectType, type TestClient } from '../../../test/graphql-client';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { bookableExpert, signInAs, signedInUser } from '../../../test/booking-fixtures';
import { pdfText } from '../../../test/pdf-text';
import { createUser } from '../../seed/factories';
import { chargeMovements, postMovements, refundMovements, type BookingCharge } from '../billing/ledger';
import { importRatesFile } from '../exchange-rates/exchange-rate.service';
import { createLoaders } from '../../loaders';
import { createLogger } from '../../platform/logger';
import { systemContext } from '../../platform/system-context';
import { issueCreditNote, issueInvoice, type IssueInvoiceInput } from '../invoices/invoice.issue';

const clock = new ManualClock(new Date('2048-03-02T06:00:00Z'));
let t: TestApp;
let admin: TestClient;

beforeAll(async () => {
  t = await startTestApp({ REPORTING_CURRENCY: 'EUR' }, clock);
  admin = await signInAs(t, await createUser(t.app.database.db, { roles: ['USER', 'ADMIN'] }));
  const deps = { adapters: t.app.adapters, db: t.app.database.db, config: t.config, logger: createLogger(t.config), clock, createLoaders };
  await importRatesFile(systemContext(deps, 'test'), 'date,currency,rate\n2048-02-27,USD,1.25\n2048-03-02,USD,1.6\n');
});
afterAll(() => t.close());

async function download(client: TestClient, path: string) {
  const response = await fetch(`${t.url}${path}`, { headers: { cookie: client.cookieHeader } });
  return { status: response.status, type: response.headers.get('content-type'), body: Buffer.from(await response.arrayBuffer()) };
}

const party = (name: string, country: string) => ({ name, address: '1 rue de la Paix', country, vatNumber: null });

function platformInvoice(
  sourceKey: string,
  at: string,
  line: Partial<IssueInvoiceInput['lines'][number]>,
  currency = 'EUR',
  issuerKey = 'platform',
) {
  return issueInvoice(t.app.database.db, {
    sourceKey,
    supply: 'SESSION',
    issuer: { key: issuerKey, prefix: 'TST' },
    seller: party('Skillcall SAS', 'FR'),
    buyer: party('A customer', line.taxCountry ?? 'FR'),
    buyerUserId: null,
    expertUserId: null,
    locale: 'en',
    currency,
    issuedAt: new Date(at),
    suppliedAt: new Date(at),
    lines: [{ description: 'Session', netMinor: 10_000, rateBasisPoints: 2000, taxMinor: 2000, taxCountry: 'FR', ...line }],
    mention: null,
  });
}

describe("the admins' VAT report", () => {
  it('sums the month’s platform invoices per scheme, country and rate in EUR, with a refund of last month as a correction', async () => {
    const february = await platformInvoice('vat:feb-de', '2048-02-20T10:00:00Z', {
      taxCountry: 'DE',
      rateBasisPoints: 1900,
      netMinor: 5000,
      taxMinor: 950,
    });
    await platformInvoice('vat:fr-1', '2048-03-01T10:00:00Z', {});
    // 125.00 USD net, 25.00 USD VAT on Saturday 1 March: Friday 27 February's 1.25 USD per EUR gives 100.00 and 20.00 EUR.
    await platformInvoice('vat:fr-usd', '2048-03-01T12:00:00Z', { netMinor: 12_500, taxMinor: 2500 }, 'USD');
    await platformInvoice('vat:de', '2048-03-02T09:00:00Z', { taxCountry: 'DE', rateBasisPoints: 1900, netMinor: 8403, taxMinor: 1597 });
    // An expert's own invoice (TAX_MODEL=agent) is not the operator's supply.
    await platformInvoice('vat:agent', '2048-03-02T09:00:00Z', { taxCountry: 'DE', rateBasisPoints: 1900 }, 'EUR', 'expert:x');
    await issueCreditNote(t.app.database.db, {
      sourceKey: 'vat:feb-de-refund',
      invoiceId: february.id,
      grossMinor: 5950,
      issuedAt: new Date('2048-03-02T10:00:00Z'),
      reason: 'GUARANTEE',
    });

    const report = await download(admin, '/vat-reports/2048-03.csv');
    expect(report.status).toBe(200);
    expect(report.type).toContain('text/csv');
    expect(report.body.toString().split('\r\n')).toEqual([
      'period,scheme,member_state,vat_rate_type,vat_rate_percent,taxable_amount,vat_amount,currency,corrected_period,documents',
      '2048-03,OSS,DE,STANDARD,19,84.03,15.97,EUR,,1',
      '2048-03,OSS,DE,STANDARD,19,-50.00,-9.50,EUR,2048-02,1',
      '2048-03,DOMESTIC,FR,STANDARD,20,200.00,40.00,EUR,,2',
      '',
    ]);
  });

  it('is for admins only, names a missing exchange rate, and refuses a period that is not a month', async () => {
    expect((await download(await signedInUser(t), '/vat-reports/2048-03.csv')).status).toBe(403);
    expect((await download(t.client(), '/vat-reports/2048-03.csv')).status).toBe(401);
    expect((await download(admin, '/vat-reports/2048.csv')).status).toBe(404);
    await platformInvoice('vat:jpy', '2048-04-03T09:00:00Z', { netMinor: 1000, taxMinor: 200 }, 'JPY');
    const missing = await download(admin, '/vat-reports/2048-04.csv');
    expect(missing.status).toBe(409);
    expect(missing.body.toString()).toContain('No exchange rate for JPY on or before 2048-04-03');
  });
});

describe("an expert's statement", () => {
  it('lists the month’s paid sessions with gross, commission, tax, net and payouts, in CSV and in a PDF in their language', async () => {
    const { offerings, expert, client } = await bookableExpert(t, {
      prices: [{ model: 'PER_SESSION', amountMinor: 3000, currency: 'USD', durationMinutes: 60 }],
    });
    const user = await signedInUser(t);
    const booked = expectType(
      (
        await user.data(BookSlotDocument, {
          input: { offeringId: offerings[0]!.id, startsAt: '2048-03-03T08:00:00.000Z', timeZone: 'Europe/Paris' },
        })
      ).bookSlot,
      'BookingSuccess',
    );
    const charge: BookingCharge = {
      bookingId: booked.booking.id,
      expertId: expert.id,
      currency: 'USD',
      amountMinor: 3000,
      feeBasisPoints: 2000,
    };
    const db = t.app.database.db;
    await db.transaction((tx) => postMovements(tx, chargeMovements(charge), new Date('2048-03-02T08:00:00Z')));
    await issueInvoice(db, {
      sourceKey: `statement:${charge.bookingId}`,
      supply: 'SESSION',
      issuer: { key: 'platform', prefix: 'TST' },
      seller: party('Skillcall SAS', 'FR'),
      buyer: party('A customer', 'FR'),
      buyerUserId: null,
      expertUserId: null,
      bookingId: charge.bookingId,
      locale: 'en',
      currency: 'USD',
      issuedAt: new Date('2048-03-02T08:00:00Z'),
      suppliedAt: new Date('2048-03-03T08:00:00Z'),
      lines: [{ description: 'Session', netMinor: 2500, rateBasisPoints: 2000, taxMinor: 500, taxCountry: 'FR' }],
      mention: null,
    });
    // A refund of 10.00 USD in April belongs to April's statement, and to the year's.
    await db.transaction((tx) => postMovements(tx, refundMovements(charge, 0, 1000), new Date('2048-04-02T08:00:00Z')));

    const csv = await download(client, '/statements/2048-03.csv');
    expect(csv.status).toBe(200);
    const title = offerings[0]!.title;
    // Under TAX_MODEL=platform the VAT is the platform's: net is the expert's share. 30 USD at 1.6 USD per EUR.
    expect(csv.body.toString().split('\r\n')).toEqual([
      'date,booking,session,session_date,currency,gross,commission,tax,net,payout',
      `2048-03-02,${charge.bookingId},${title},2048-03-03,USD,30.00,6.00,5.00,24.00,24.00`,
      'TOTAL,,,,USD,30.00,6.00,5.00,24.00,24.00',
      'TOTAL,,,,EUR,18.75,3.75,3.13,15.00,15.00',
      '',
    ]);
    const april = (await download(client, '/statements/2048-04.csv')).body.toString().split('\r\n');
    expect(april[1]).toBe(`2048-04-02,${charge.bookingId},${title},2048-03-03,USD,-10.00,-2.00,0.00,-8.00,-8.00`);
    const year = (await download(client, '/statements/2048.csv')).body.toString().split('\r\n');
    expect(year).toContain('TOTAL,,,,USD,20.00,4.00,5.00,16.00,16.00');

    const pdf = await download(client, '/statements/2048-03.pdf');
    expect(pdf.type).toBe('application/pdf');
    const text = await pdfText(new Uint8Array(pdf.body));
    expect(text).toContain('Statement');
    expect(text).toContain('Period: 2048-03');
    expect(text).toContain('USD 30.00');
    expect(text).toContain('Total in EUR');
    expect(text).toContain('EUR 15.00');

    expect((await download(user, '/statements/2048-03.csv')).status).toBe(403);
    expect((await download(client, '/statements/2048-13.pdf')).status).toBe(404);
  });
});
