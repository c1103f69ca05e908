import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { instant } from '../../platform/db/columns';

/**
 * What VIES last said of a VAT number (normalised, with its prefix). NOT_YET_VERIFIED rows (VIES or the member state
 * did not answer) are asked again by `tax:recheck-vat-numbers` from `next_check_at` on. A business's number, shared by
 * every buyer who types it: the person-bound copy (with its state at the time) is kept with their billing details.
 */
export const vatNumberChecks = pgTable(
  'vat_number_checks',
  {
    number: text('number').primaryKey(),
    country: text('country').notNull(),
    state: text('state', { enum: ['VALID', 'INVALID', 'NOT_YET_VERIFIED'] }).notNull(),
    /** The trader's name and address as VIES gave them ("---" when the member state does not disclose them: null). */
    registeredName: text('registered_name'),
    registeredAddress: text('registered_address'),
    /** VIES's consultation number, when it gave one (proof of the check). */
    requestIdentifier: text('request_identifier'),
    /** When VIES last gave an answer (VALID or INVALID). */
    checkedAt: instant('checked_at'),
    /** The last time VIES could not answer, and why (MS_UNAVAILABLE, TIMEOUT…). */
    lastFailure: text('last_failure'),
    attempts: integer('attempts').notNull().default(0),
    nextCheckAt: instant('next_check_at'),
    createdAt: instant('created_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('vat_number_checks_state', sql`${t.state} in ('VALID', 'INVALID', 'NOT_YET_VERIFIED')`),
    index('vat_number_checks_due')
      .on(t.nextCheckAt)
      .where(sql`${t.state} = 'NOT_YET_VERIFIED'`),
  ],
);
