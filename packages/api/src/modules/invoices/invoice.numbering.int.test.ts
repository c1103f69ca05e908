import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { issueCreditNote, issueInvoice, type IssueInvoiceInput } from './invoice.issue';
import { invoicesOfSeries, linesOf } from './invoice.queries';

const clock = new ManualClock(new Date('2048-03-02T06:00:00Z'));
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({}, clock);
});
afterAll(() => t.close());

const party = (name: string, country: string) => ({ name, address: '1 rue de la Paix\n75002 Paris', country, vatNumber: null });

function invoiceInput(sourceKey: string, issuerKey = 'platform'): IssueInvoiceInput {
  return {
    sourceKey,
    supply: 'SESSION',
    issuer: { key: issuerKey, prefix: 'TST' },
    seller: party('Skillcall SAS', 'FR'),
    buyer: party('Camille Martin', 'FR'),
    buyerUserId: null,
    expertUserId: null,
    locale: 'fr',
    currency: 'EUR',
    issuedAt: clock.now(),
    suppliedAt: clock.now(),
    lines: [{ description: 'Séance', netMinor: 2500, rateBasisPoints: 2000, taxMinor: 500, taxCountry: 'FR' }],
    mention: null,
  };
}

/** What PostgreSQL answers (through drizzle's wrapping) to an edit of an issued document. */
const refused = { cause: expect.objectContaining({ message: expect.stringMatching(/issued invoices never change/) }) };

describe('invoice numbering', () => {
  it('gives 50 concurrent issuers of one series contiguous, unique numbers, and a rolled-back issue gives its number back', async () => {
    const db = t.app.database.db;
    const issuer = 'expert:racing';
    const attempts = Array.from({ length: 56 }, (_, i) => i);
    const rolledBack = new Set([3, 17, 29, 41, 50, 55]);
    const results = await Promise.allSettled(
      attempts.map((i) =>
        db.transaction(async (tx) => {
          const invoice = await issueInvoice(tx, invoiceInput(`race:${i}`, issuer));
          if (rolledBack.has(i)) throw new Error('the rest of the issuing transaction failed');
          return invoice;
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(50);
    const issued = await invoicesOfSeries(db, issuer, '2048');
    expect(issued.map((i) => i.sequence)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(issued.map((i) => i.number)).size).toBe(50);
    expect(issued.at(-1)!.number).toBe('TST-2048-000050');
    expect(issued.map((i) => i.sourceKey).sort()).toEqual(
      attempts
        .filter((i) => !rolledBack.has(i))
        .map((i) => `race:${i}`)
        .sort(),
    );
  });

  it('issues one document per source however often it is asked, and numbers each issuer apart', async () => {
    const db = t.app.database.db;
    const [a, b] = await Promise.all([issueInvoice(db, invoiceInput('payment:once')), issueInvoice(db, invoiceInput('payment:once'))]);
    expect(a!.id).toBe(b!.id);
    const other = await issueInvoice(db, invoiceInput('payment:other-issuer', 'expert:someone-else'));
    expect(other.number).toBe('TST-2048-000001');
  });

  it('never changes an issued invoice: a refund is a credit note referencing it, numbered in its own series', async () => {
    const db = t.app.database.db;
    const invoice = await issueInvoice(db, invoiceInput('payment:refunded'));
    await expect(
      db.execute(sql`update invoices set gross_minor = 0, net_minor = 0, tax_minor = 0 where id = ${invoice.id}`),
    ).rejects.toMatchObject(refused);
    await expect(db.execute(sql`delete from invoice_lines where invoice_id = ${invoice.id}`)).rejects.toMatchObject(refused);
    const first = await issueCreditNote(db, {
      sourceKey: 'refund:1',
      invoiceId: invoice.id,
      grossMinor: 1000,
      issuedAt: clock.now(),
      reason: 'CANCELLATION',
    });
    expect(first).toMatchObject({ kind: 'CREDIT_NOTE', creditedInvoiceId: invoice.id, number: 'TST-CN2048-000001', grossMinor: 1000 });
    expect(await linesOf(db, first.id)).toEqual([expect.objectContaining({ netMinor: 833, taxMinor: 167, rateBasisPoints: 2000 })]);
    const rest = await issueCreditNote(db, {
      sourceKey: 'refund:2',
      invoiceId: invoice.id,
      grossMinor: 2000,
      issuedAt: clock.now(),
      reason: 'GUARANTEE',
    });
    expect(rest).toMatchObject({ netMinor: 1667, taxMinor: 333, number: 'TST-CN2048-000002' });
    await expect(
      issueCreditNote(db, { sourceKey: 'refund:3', invoiceId: invoice.id, grossMinor: 1, issuedAt: clock.now(), reason: 'OUTSIDE' }),
    ).rejects.toThrow(/only 0 is left/);
  });
});
