import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { instant } from '../../platform/db/columns';
import { bookings } from '../bookings/booking.table';
import { payments, refunds } from '../billing/payment.table';
import { users, localeEnum } from '../identity/identity.table';

/** INVOICE: a supply was made · CREDIT_NOTE: part or all of an invoice is cancelled (a refund); amounts stay positive. */
export const invoiceKindEnum = pgEnum('invoice_kind', ['INVOICE', 'CREDIT_NOTE']);
/** SESSION: the expert's session sold to the customer · COMMISSION: the platform's service to the expert. */
export const invoiceSupplyEnum = pgEnum('invoice_supply', ['SESSION', 'COMMISSION']);

/** A party as printed on a document, frozen when it is issued (a later change of profile never alters it). */
export interface InvoiceParty {
  name: string;
  /** Postal address, lines separated by newlines. */
  address: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  vatNumber: string | null;
}

/** Where the buyer was, as evidenced when the payment was made (kept with the invoice for the tax authorities). */
export interface CountryEvidence {
  billingCountry?: string | null;
  cardCountry?: string | null;
  ipCountry?: string | null;
}

/**
 * The last number given in each series of each issuer: a row is locked by the transaction that issues a document,
 * so concurrent issuers wait for each other and a rolled-back issue gives its number back (no duplicate, no gap).
 * `issuer_key` is `platform` or `expert:<expertId>` (TAX_MODEL=agent: invoices in the expert's name).
 */
export const invoiceCounters = pgTable(
  'invoice_counters',
  {
    issuerKey: text('issuer_key').notNull(),
    series: text('series').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.issuerKey, t.series] }), check('invoice_counters_positive', sql`${t.lastNumber} > 0`)],
);

/**
 * Invoices and credit notes: every field an EU invoice needs, frozen at issue. The migration makes PostgreSQL refuse
 * any update or delete (an issued document never changes; a refund issues a credit note that references it), and
 * they are kept when an account is deleted (legal retention): the parties are copies, not references.
 */
export const invoices = pgTable(
  'invoices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: invoiceKindEnum('kind').notNull(),
    supply: invoiceSupplyEnum('supply').notNull(),
    /** What caused the document (`payment:<id>:SESSION`, `refund:<id>:SESSION`…): issuing twice returns the first. */
    sourceKey: text('source_key').notNull().unique(),
    issuerKey: text('issuer_key').notNull(),
    /** The number's prefix (`INVOICE_PREFIX`), kept so a credit note is numbered like its invoice. */
    prefix: text('prefix').notNull(),
    series: text('series').notNull(),
    sequence: integer('sequence').notNull(),
    /** The printed number: prefix, series and sequence (`SKC-2026-000042`), unique per issuer. */
    number: text('number').notNull(),
    /** A credit note's invoice. */
    creditedInvoiceId: uuid('credited_invoice_id').references((): AnyPgColumn => invoices.id, { onDelete: 'restrict' }),
    bookingId: uuid('booking_id').references(() => bookings.id, { onDelete: 'restrict' }),
    paymentId: uuid('payment_id').references(() => payments.id, { onDelete: 'restrict' }),
    refundId: uuid('refund_id').references(() => refunds.id, { onDelete: 'restrict' }),
    /** Who may download it besides admins: the buyer's account and the expert's account (either may be null). */
    buyerUserId: uuid('buyer_user_id').references(() => users.id, { onDelete: 'restrict' }),
    expertUserId: uuid('expert_user_id').references(() => users.id, { onDelete: 'restrict' }),
    /** The buyer's language at issue: the document is rendered in it. */
    locale: localeEnum('locale').notNull(),
    currency: text('currency').notNull(),
    issuedAt: instant('issued_at').notNull(),
    /** The date the service was supplied (the session's start). */
    suppliedAt: instant('supplied_at').notNull(),
    /** The end of the period covered (monthly commission invoices); null for one session. */
    suppliedUntil: instant('supplied_until'),
    seller: jsonb('seller').$type<InvoiceParty>().notNull(),
    buyer: jsonb('buyer').$type<InvoiceParty>().notNull(),
    netMinor: bigint('net_minor', { mode: 'number' }).notNull(),
    taxMinor: bigint('tax_minor', { mode: 'number' }).notNull(),
    grossMinor: bigint('gross_minor', { mode: 'number' }).notNull(),
    /** REVERSE_CHARGE, EXEMPT_SMALL_BUSINESS or OUTSIDE_EU, printed in the document's language; null when VAT is charged. */
    mention: text('mention').$type<'REVERSE_CHARGE' | 'EXEMPT_SMALL_BUSINESS' | 'OUTSIDE_EU'>(),
    /** The exemption's wording from the seller's country ("TVA non applicable, art. 293 B du CGI"), printed as is. */
    mentionText: text('mention_text'),
    evidence: jsonb('evidence').$type<CountryEvidence>().notNull().default({}),
    /** A credit note's reason (the refund's: CANCELLATION, GUARANTEE, LATE_PAYMENT, OUTSIDE). */
    reason: text('reason'),
  },
  (t) => [
    uniqueIndex('invoices_issuer_series_sequence_idx').on(t.issuerKey, t.series, t.sequence),
    uniqueIndex('invoices_issuer_number_idx').on(t.issuerKey, t.number),
    index('invoices_booking_idx').on(t.bookingId),
    index('invoices_buyer_user_idx').on(t.buyerUserId, t.issuedAt),
    index('invoices_expert_user_idx').on(t.expertUserId, t.issuedAt),
    index('invoices_issued_at_idx').on(t.issuedAt),
    check('invoices_amounts', sql`${t.netMinor} >= 0 and ${t.taxMinor} >= 0 and ${t.netMinor} + ${t.taxMinor} = ${t.grossMinor}`),
    check('invoices_currency_code', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check('invoices_credit_note_references', sql`(${t.kind} = 'CREDIT_NOTE') = (${t.creditedInvoiceId} is not null)`),
  ],
);

/** A document's lines: net, rate and tax per rate (a credit note's lines mirror the part of the invoice it cancels). */
export const invoiceLines = pgTable(
  'invoice_lines',
  {
    invoiceId: uuid('invoice_id')
      .notNull()
      .references(() => invoices.id, { onDelete: 'restrict' }),
    position: integer('position').notNull(),
    description: text('description').notNull(),
    netMinor: bigint('net_minor', { mode: 'number' }).notNull(),
    /** VAT rate in basis points (2000 = 20 %); 0 under reverse charge, exemption or outside the EU. */
    rateBasisPoints: integer('rate_basis_points').notNull(),
    taxMinor: bigint('tax_minor', { mode: 'number' }).notNull(),
    grossMinor: bigint('gross_minor', { mode: 'number' }).notNull(),
    /** The country whose VAT applies (place of supply); null when none does. */
    taxCountry: text('tax_country'),
  },
  (t) => [
    primaryKey({ columns: [t.invoiceId, t.position] }),
    check('invoice_lines_amounts', sql`${t.netMinor} >= 0 and ${t.taxMinor} >= 0 and ${t.netMinor} + ${t.taxMinor} = ${t.grossMinor}`),
    check('invoice_lines_rate', sql`${t.rateBasisPoints} between 0 and 10000`),
  ],
);

export type InvoiceRow = typeof invoices.$inferSelect;
export type InvoiceLineRow = typeof invoiceLines.$inferSelect;
export type InvoiceKind = InvoiceRow['kind'];
export type InvoiceSupply = InvoiceRow['supply'];
export type InvoiceMention = NonNullable<InvoiceRow['mention']>;
