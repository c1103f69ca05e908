/**
 * The customer's billing details at checkout and the evidence of their country, kept per payment for the invoice.
 * A VAT number is checked through the tax module: a malformed one is a field error, one VIES says is invalid is
 * refused (`VatNumberRefusedError`), never silently accepted; one not verified yet is kept as such and re-checked.
 */
import { z } from 'zod';
import type { Context } from '../../platform/context';
import { FieldErrorCode, InvalidInputError, validateInput } from '../../platform/graphql/domain-error';
import { checkVatNumber, isEuCountry } from '../tax/vat-number.check';
import { VatNumberRefusedError } from '../tax/tax-profile.types';
import { billingDetailsSchema } from './billing-details.policy';
import {
  billingDetailsOfPayments,
  findBillingDetails,
  setCardCountry,
  upsertBillingDetails,
  type BillingDetailsFields,
} from './billing-details.queries';
import type { PaymentBillingDetailsRow } from './billing-details.table';
import type { BillingDetailsInput } from './billing.types';

const inputSchema = z.object({ billing: billingDetailsSchema });

export type CheckedBillingDetails =
  { ok: true; fields: BillingDetailsFields | null } | { ok: false; error: InvalidInputError | VatNumberRefusedError };

/** Checks what the customer gave at checkout (nothing is fine for a consumer); stores nothing. */
export async function checkBillingDetails(ctx: Context, input: BillingDetailsInput | null | undefined): Promise<CheckedBillingDetails> {
  const ipCountry = null; // No IP geolocation is configured: the billing and card countries are the evidence.
  if (!input) return { ok: true, fields: null };
  const valid = validateInput(inputSchema, { billing: input });
  if (!valid.ok) return valid;
  const details = valid.data.billing;
  const base = { name: details.name ?? null, address: details.address ?? null, country: details.country ?? null, ipCountry };
  if (details.kind === 'CONSUMER')
    return { ok: true, fields: { ...base, kind: 'CONSUMER', businessName: null, vatNumber: null, vatCheck: null } };

  const country = details.country!;
  if (!details.vatNumber) {
    if (isEuCountry(country))
      return fieldError('billing.vatNumber', FieldErrorCode.REQUIRED, 'Enter the business’s VAT number, or buy as a private person.');
    return { ok: true, fields: { ...base, kind: 'BUSINESS', businessName: details.businessName!, vatNumber: null, vatCheck: null } };
  }
  const checked = await checkVatNumber(ctx, details.vatNumber, country);
  if ('refusal' in checked) return fieldError('billing.vatNumber', checked.refusal.code, checked.refusal.message);
  if (checked.state === 'INVALID')
    return {
      ok: false,
      error: new VatNumberRefusedError(
        `The EU VIES service says ${checked.number} is not a valid VAT number: it cannot be used for reverse charge. Correct it, or buy as a private person.`,
      ),
    };
  return {
    ok: true,
    fields: { ...base, kind: 'BUSINESS', businessName: details.businessName!, vatNumber: checked.number, vatCheck: checked.state },
  };
}

const fieldError = (field: string, code: FieldErrorCode, message: string): CheckedBillingDetails => ({
  ok: false,
  error: InvalidInputError.field(field, code, message),
});

/** Stores the checked details with the payment (on `ctx.db`, in the caller's transaction if any). */
export async function recordBillingDetails(ctx: Context, paymentId: string, fields: BillingDetailsFields | null): Promise<void> {
  if (fields) await upsertBillingDetails(ctx.db, paymentId, fields, ctx.clock.now());
}

/** Evidence the provider reported once paid: the country of the card. */
export async function recordCardCountry(ctx: Context, paymentId: string, cardCountry: string | null | undefined): Promise<void> {
  if (cardCountry) await setCardCountry(ctx.db, paymentId, cardCountry.toUpperCase(), ctx.clock.now());
}

/** What an invoice reads: the buyer's details and the evidence of their country (undefined when none were given). */
export async function billingDetailsOfPayment(ctx: Context, paymentId: string): Promise<PaymentBillingDetailsRow | undefined> {
  return findBillingDetails(ctx.db, paymentId);
}

export async function billingDetailsOf(ctx: Context, paymentIds: string[]): Promise<PaymentBillingDetailsRow[]> {
  return billingDetailsOfPayments(ctx.db, paymentIds);
}
