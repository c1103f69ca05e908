import { sql } from 'drizzle-orm';
import { check, pgEnum, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { instant } from '../../platform/db/columns';
import { users } from '../identity/identity.table';

/** VAT_REGISTERED: charges VAT under its number · EXEMPT_SMALL_BUSINESS: under its country's small-business threshold. */
export const expertTaxStatusEnum = pgEnum('expert_tax_status', ['VAT_REGISTERED', 'EXEMPT_SMALL_BUSINESS']);

/**
 * An expert's (or applicant's) tax profile: who they are on an invoice. Required before a first paid offering is
 * published. Keyed by the account, since an applicant fills it in before being approved. Erased with the account:
 * an issued invoice keeps its own copy of the parties' details.
 */
export const expertTaxProfiles = pgTable(
  'expert_tax_profiles',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    legalName: text('legal_name').notNull(),
    /** The postal address as it is printed, lines separated by newlines (without the country). */
    address: text('address').notNull(),
    /** ISO 3166-1 alpha-2: where the expert is established. */
    country: text('country').notNull(),
    status: expertTaxStatusEnum('status').notNull(),
    /** VAT_REGISTERED only: the number, normalised (upper case, no spaces or dots), with its country prefix. */
    vatNumber: text('vat_number'),
    /** EXEMPT_SMALL_BUSINESS only: the mention printed on invoices (France: "TVA non applicable, art. 293 B du CGI"). */
    exemptionText: text('exemption_text'),
    /** When the expert agreed that the platform issues invoices in their name (needed while TAX_MODEL=agent). */
    invoicingConsentAt: instant('invoicing_consent_at'),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    check(
      'expert_tax_profiles_status_fields',
      sql`(${t.status} = 'VAT_REGISTERED' and ${t.vatNumber} is not null) or (${t.status} = 'EXEMPT_SMALL_BUSINESS' and ${t.exemptionText} is not null)`,
    ),
  ],
);

export type ExpertTaxProfileRow = typeof expertTaxProfiles.$inferSelect;
export type ExpertTaxStatus = ExpertTaxProfileRow['status'];
