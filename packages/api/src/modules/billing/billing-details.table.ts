import { pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../../platform/db/columns';
import { payments } from './payment.table';

/** CONSUMER: a private person (details optional) · BUSINESS: a company buying for its business (name and VAT number). */
export const buyerKindEnum = pgEnum('buyer_kind', ['CONSUMER', 'BUSINESS']);
/** What VIES said of the buyer's VAT number when the checkout opened (the tax module's check states). */
export const buyerVatCheckEnum = pgEnum('buyer_vat_check', ['VALID', 'INVALID', 'NOT_YET_VERIFIED']);

/**
 * Who pays a payment, as the customer gave it at checkout, and the evidence of where they are: the billing
 * country they gave, the country of the card that paid (the provider reports it once paid) and the country of
 * the request's address when known. Invoices read it; it is kept with the payment (an invoice's evidence).
 */
export const paymentBillingDetails = pgTable('payment_billing_details', {
  paymentId: uuid('payment_id')
    .primaryKey()
    .references(() => payments.id, { onDelete: 'restrict' }),
  kind: buyerKindEnum('kind').notNull(),
  name: text('name'),
  /** Lines separated by newlines, without the country. */
  address: text('address'),
  /** ISO 3166-1 alpha-2, as the customer gave it (evidence: billing country). */
  country: text('country'),
  businessName: text('business_name'),
  /** Normalised, with its country prefix. */
  vatNumber: text('vat_number'),
  vatCheck: buyerVatCheckEnum('vat_check'),
  /** Evidence: the country of the card that paid, as the provider reports it. */
  cardCountry: text('card_country'),
  /** Evidence: the country of the request's IP address, when the server is told it. */
  ipCountry: text('ip_country'),
  createdAt: instant('created_at').notNull(),
  updatedAt: instant('updated_at').notNull(),
});

export type PaymentBillingDetailsRow = typeof paymentBillingDetails.$inferSelect;
