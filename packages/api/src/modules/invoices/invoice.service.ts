/** Reading issued documents: who may see one (its buyer, its expert, admins), a payment's documents, the PDF. */
import type { Context } from '../../platform/context';
import { toMoney } from '../billing/money.types';
import { renderInvoice } from './invoice.pdf';
import { findInvoice, invoicesOfPayment, invoicesOfUser, linesOf } from './invoice.queries';
import type { InvoiceRow } from './invoice.table';
import { InvoiceDocument, InvoiceKind } from './invoice.types';

export const invoicePath = (id: string) => `/invoices/${id}.pdf`;

export function canSeeInvoice(ctx: Context, invoice: Pick<InvoiceRow, 'buyerUserId' | 'expertUserId'>): boolean {
  const viewer = ctx.viewer;
  return !!viewer && (viewer.userId === invoice.buyerUserId || viewer.userId === invoice.expertUserId || viewer.roles.includes('ADMIN'));
}

export function toInvoiceDocument(ctx: Context, row: InvoiceRow): InvoiceDocument {
  return Object.assign(new InvoiceDocument(), {
    id: row.id,
    kind: row.kind === 'INVOICE' ? InvoiceKind.INVOICE : InvoiceKind.CREDIT_NOTE,
    number: row.number,
    issuedAt: row.issuedAt,
    total: toMoney({ amountMinor: row.grossMinor, currency: row.currency }),
    tax: toMoney({ amountMinor: row.taxMinor, currency: row.currency }),
    url: `${ctx.config.publicUrl}${invoicePath(row.id)}`,
  });
}

/** A payment's invoice and credit notes, oldest first (the caller has checked the viewer may see the payment). */
export async function documentsOfPayment(ctx: Context, paymentId: string): Promise<InvoiceDocument[]> {
  return (await invoicesOfPayment(ctx.db, paymentId)).map((row) => toInvoiceDocument(ctx, row));
}

/** Every document a person bought or sold through, for their data export (kept after the account is deleted). */
export async function invoicesForExport(ctx: Context, userId: string) {
  return (await invoicesOfUser(ctx.db, userId)).map((row) => ({
    number: row.number,
    kind: row.kind,
    issuedAt: row.issuedAt.toISOString(),
    seller: row.seller,
    buyer: row.buyer,
    currency: row.currency,
    netMinor: row.netMinor,
    taxMinor: row.taxMinor,
    grossMinor: row.grossMinor,
    mention: row.mention,
    url: `${ctx.config.publicUrl}${invoicePath(row.id)}`,
  }));
}

/** The PDF of a document the viewer may see, with its number; null otherwise. */
export async function invoicePdf(ctx: Context, id: string): Promise<{ pdf: Buffer; number: string } | null> {
  const invoice = await findInvoice(ctx.db, id);
  if (!invoice || !canSeeInvoice(ctx, invoice)) return null;
  const credited = invoice.creditedInvoiceId ? await findInvoice(ctx.db, invoice.creditedInvoiceId) : undefined;
  const pdf = await renderInvoice({
    invoice,
    lines: await linesOf(ctx.db, invoice.id),
    creditedNumber: credited?.number ?? null,
    operatorName: ctx.config.tax.operator.legalName,
  });
  return { pdf, number: invoice.number };
}

/** The PDF of a payment's invoice, for the mail that replaces the receipt; null when none was issued. */
export async function paymentInvoicePdf(ctx: Context, paymentId: string): Promise<{ pdf: Buffer; number: string } | null> {
  const invoice = (await invoicesOfPayment(ctx.db, paymentId)).find((row) => row.kind === 'INVOICE');
  if (!invoice) return null;
  const pdf = await renderInvoice({
    invoice,
    lines: await linesOf(ctx.db, invoice.id),
    creditedNumber: null,
    operatorName: ctx.config.tax.operator.legalName,
  });
  return { pdf, number: invoice.number };
}
