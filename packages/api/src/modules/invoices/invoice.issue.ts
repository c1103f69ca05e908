/**
 * Issuing documents: `issueInvoice` and `issueCreditNote` write a numbered, immutable document inside the caller's
 * transaction (a savepoint of it). The number comes from the issuer's counter for the series, locked until the
 * caller commits, so numbers are unique and without gaps however many issue at once. Both are idempotent by
 * `sourceKey`: issuing again for the same payment or refund returns the document already issued.
 *
 * These take the amounts already decided (the tax module's `taxSupplies`): this module records and prints, it does
 * not compute tax.
 */
import type { DbExecutor } from '../../platform/db/client';
import type { Locale } from '../identity/identity.policy';
import { creditLines, formatInvoiceNumber, seriesOf } from './invoice.policy';
import { allocateNumber, creditNotesOf, findInvoice, findInvoiceBySource, insertInvoice, linesOf } from './invoice.queries';
import type { CountryEvidence, InvoiceMention, InvoiceParty, InvoiceRow, InvoiceSupply } from './invoice.table';

export interface InvoiceLineInput {
  description: string;
  netMinor: number;
  /** 2000 = 20 %; 0 when no VAT is charged (see `mention`). */
  rateBasisPoints: number;
  taxMinor: number;
  /** The country whose VAT applies, or null. */
  taxCountry: string | null;
}

export interface Issuer {
  /** `platform`, or `expert:<expertId>` for a session invoiced in the expert's name (TAX_MODEL=agent). */
  key: string;
  /** The number's prefix (`INVOICE_PREFIX` for the platform). */
  prefix: string;
}

export interface IssueInvoiceInput {
  sourceKey: string;
  supply: InvoiceSupply;
  issuer: Issuer;
  seller: InvoiceParty;
  buyer: InvoiceParty;
  buyerUserId: string | null;
  expertUserId: string | null;
  bookingId?: string | null;
  paymentId?: string | null;
  locale: Locale;
  currency: string;
  issuedAt: Date;
  suppliedAt: Date;
  suppliedUntil?: Date | null;
  lines: InvoiceLineInput[];
  mention: InvoiceMention | null;
  mentionText?: string | null;
  evidence?: CountryEvidence;
}

export interface IssueCreditNoteInput {
  sourceKey: string;
  invoiceId: string;
  /** The gross amount given back; at most what is left of the invoice after earlier credit notes. */
  grossMinor: number;
  issuedAt: Date;
  refundId?: string | null;
  reason: string;
}

/** Thrown when a credit note would cancel more than is left of its invoice. */
export class CreditExceedsInvoiceError extends Error {
  constructor(invoiceNumber: string, left: number, asked: number) {
    super(`credit note for ${asked} on invoice ${invoiceNumber}, of which only ${left} is left`);
  }
}

class AlreadyIssued extends Error {
  constructor(readonly existing: InvoiceRow) {
    super('already issued');
  }
}

/** Allocates the number and writes the document in a savepoint; an earlier document of the same source wins. */
async function issue(
  db: DbExecutor,
  issuerKey: string,
  sourceKey: string,
  write: (tx: DbExecutor, sequence: number, series: string) => Promise<InvoiceRow>,
  series: string,
): Promise<InvoiceRow> {
  const earlier = await findInvoiceBySource(db, sourceKey);
  if (earlier) return earlier;
  try {
    return await db.transaction(async (tx) => {
      const sequence = await allocateNumber(tx, issuerKey, series);
      // Concurrent issuers of one source queue on the same counter: the later one finds the first's document here
      // and rolls its number back.
      const raced = await findInvoiceBySource(tx, sourceKey);
      if (raced) throw new AlreadyIssued(raced);
      return write(tx, sequence, series);
    });
  } catch (error) {
    if (error instanceof AlreadyIssued) return error.existing;
    throw error;
  }
}

export async function issueInvoice(db: DbExecutor, input: IssueInvoiceInput): Promise<InvoiceRow> {
  const lines = input.lines.map((line, position) => ({ ...line, position, grossMinor: line.netMinor + line.taxMinor }));
  const sum = (key: 'netMinor' | 'taxMinor' | 'grossMinor') => lines.reduce((total, line) => total + line[key], 0);
  return issue(
    db,
    input.issuer.key,
    input.sourceKey,
    (tx, sequence, series) =>
      insertInvoice(
        tx,
        {
          kind: 'INVOICE',
          supply: input.supply,
          sourceKey: input.sourceKey,
          issuerKey: input.issuer.key,
          prefix: input.issuer.prefix,
          series,
          sequence,
          number: formatInvoiceNumber(input.issuer.prefix, series, sequence),
          bookingId: input.bookingId ?? null,
          paymentId: input.paymentId ?? null,
          buyerUserId: input.buyerUserId,
          expertUserId: input.expertUserId,
          locale: input.locale,
          currency: input.currency,
          issuedAt: input.issuedAt,
          suppliedAt: input.suppliedAt,
          suppliedUntil: input.suppliedUntil ?? null,
          seller: input.seller,
          buyer: input.buyer,
          netMinor: sum('netMinor'),
          taxMinor: sum('taxMinor'),
          grossMinor: sum('grossMinor'),
          mention: input.mention,
          mentionText: input.mentionText ?? null,
          evidence: input.evidence ?? {},
        },
        lines,
      ),
    seriesOf('INVOICE', input.issuedAt),
  );
}

/** A credit note cancelling `grossMinor` of an invoice, same parties and rates, in the invoice's language. */
export async function issueCreditNote(db: DbExecutor, input: IssueCreditNoteInput): Promise<InvoiceRow> {
  const invoice = await findInvoice(db, input.invoiceId);
  if (!invoice || invoice.kind !== 'INVOICE') throw new RangeError(`no invoice ${input.invoiceId} to credit`);
  return issue(
    db,
    invoice.issuerKey,
    input.sourceKey,
    async (tx, sequence, series) => {
      const credited = (await creditNotesOf(tx, invoice.id)).reduce((sum, note) => sum + note.grossMinor, 0);
      const left = invoice.grossMinor - credited;
      if (input.grossMinor > left) throw new CreditExceedsInvoiceError(invoice.number, left, input.grossMinor);
      const lines = creditLines(await linesOf(tx, invoice.id), input.grossMinor).map(({ invoiceId: _, ...line }) => line);
      const sum = (key: 'netMinor' | 'taxMinor' | 'grossMinor') => lines.reduce((total, line) => total + line[key], 0);
      return insertInvoice(
        tx,
        {
          ...invoice,
          id: undefined,
          kind: 'CREDIT_NOTE',
          sourceKey: input.sourceKey,
          series,
          sequence,
          number: formatInvoiceNumber(invoice.prefix, series, sequence),
          creditedInvoiceId: invoice.id,
          refundId: input.refundId ?? null,
          issuedAt: input.issuedAt,
          netMinor: sum('netMinor'),
          taxMinor: sum('taxMinor'),
          grossMinor: sum('grossMinor'),
          reason: input.reason,
        },
        lines,
      );
    },
    seriesOf('CREDIT_NOTE', input.issuedAt),
  );
}
