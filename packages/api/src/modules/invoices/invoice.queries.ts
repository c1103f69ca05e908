/** The SQL of invoices: the numbering counter, writing a document with its lines, reading them back. */
import { and, asc, desc, eq, or, sql } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/client';
import { invoiceCounters, invoiceLines, invoices, type InvoiceLineRow, type InvoiceRow } from './invoice.table';

/**
 * The next number of a series, taken in the caller's transaction: the counter row stays locked until it commits,
 * so a concurrent issuer waits, and a rollback gives the number back.
 */
export async function allocateNumber(db: DbExecutor, issuerKey: string, series: string): Promise<number> {
  const [row] = await db
    .insert(invoiceCounters)
    .values({ issuerKey, series, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [invoiceCounters.issuerKey, invoiceCounters.series],
      set: { lastNumber: sql`${invoiceCounters.lastNumber} + 1` },
    })
    .returning({ lastNumber: invoiceCounters.lastNumber });
  return row!.lastNumber;
}

export async function insertInvoice(
  db: DbExecutor,
  row: typeof invoices.$inferInsert,
  lines: Omit<InvoiceLineRow, 'invoiceId'>[],
): Promise<InvoiceRow> {
  const [inserted] = await db.insert(invoices).values(row).returning();
  await db.insert(invoiceLines).values(lines.map((line) => ({ ...line, invoiceId: inserted!.id })));
  return inserted!;
}

export async function findInvoiceBySource(db: DbExecutor, sourceKey: string): Promise<InvoiceRow | undefined> {
  const [row] = await db.select().from(invoices).where(eq(invoices.sourceKey, sourceKey));
  return row;
}

export async function findInvoice(db: DbExecutor, id: string): Promise<InvoiceRow | undefined> {
  const [row] = await db.select().from(invoices).where(eq(invoices.id, id));
  return row;
}

export async function linesOf(db: DbExecutor, invoiceId: string): Promise<InvoiceLineRow[]> {
  return db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, invoiceId)).orderBy(asc(invoiceLines.position));
}

/** A booking's documents, oldest first. */
export async function invoicesOfBooking(db: DbExecutor, bookingId: string): Promise<InvoiceRow[]> {
  return db.select().from(invoices).where(eq(invoices.bookingId, bookingId)).orderBy(asc(invoices.issuedAt), asc(invoices.number));
}

/** The credit notes already issued against an invoice. */
export async function creditNotesOf(db: DbExecutor, invoiceId: string): Promise<InvoiceRow[]> {
  return db.select().from(invoices).where(eq(invoices.creditedInvoiceId, invoiceId)).orderBy(asc(invoices.issuedAt));
}

/** Every document a person bought or sold through (their data export), newest first. */
export async function invoicesOfUser(db: DbExecutor, userId: string): Promise<InvoiceRow[]> {
  return db
    .select()
    .from(invoices)
    .where(or(eq(invoices.buyerUserId, userId), eq(invoices.expertUserId, userId)))
    .orderBy(desc(invoices.issuedAt));
}

/** Documents of one issuer and series in numbering order (tests, reports). */
export async function invoicesOfSeries(db: DbExecutor, issuerKey: string, series: string): Promise<InvoiceRow[]> {
  return db
    .select()
    .from(invoices)
    .where(and(eq(invoices.issuerKey, issuerKey), eq(invoices.series, series)))
    .orderBy(asc(invoices.sequence));
}
