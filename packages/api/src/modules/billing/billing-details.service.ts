/**
 * The customer's billing details at checkout and the evidence of their country, kept per payment for the invoice.
 * A VAT number is checked through the tax module: one that fails its checks (format, checksum, VIES) is refused
 * (`VatNumberInvalidError`), never silently accepted; one not verified yet is kept as such (the tax module re-checks it).
 */
import { z } from 'zod';
import type { Context } from '../../platform/context';
import { FieldErrorCode, InvalidInputError, validateInput } from '../../platform/graphql/domain-error';
import { isEuCountry } from '../tax/tax.rates';
import { checkVatNumber } from '../tax/vat-number.check';
import { buyerCountry } from '../tax/tax.rules';
import type { BuyerTaxDetails, CountryEvidence } from '../tax/tax.types';
import { reverseChargeRefusal, vatNumberStatus } from '../tax/vat-number.service';
import type { VatNumberInvalidError } from '../tax/tax.types';
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
  { ok: true; fields: BillingDetailsFields | null } | { ok: false; error: InvalidInputError | VatNumberInvalidError };

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
  const refused = reverseChargeRefusal(checked);
  if (refused) return { ok: false, error: refused };
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

/**
 * What an invoice reads: the buyer as the tax rules take them (their country picked from the evidence by
 * `buyerCountry`, the VAT number's state as it stands now) and the evidence kept with the invoice.
 */
export async function buyerTaxDetailsOfPayment(
  ctx: Context,
  paymentId: string,
): Promise<{ buyer: BuyerTaxDetails; evidence: CountryEvidence }> {
  const row = await findBillingDetails(ctx.db, paymentId);
  const evidence: CountryEvidence = {
    billingCountry: row?.country ?? null,
    cardCountry: row?.cardCountry ?? null,
    ipCountry: row?.ipCountry ?? null,
  };
  const vatNumber = row?.vatNumber ?? null;
  return {
    buyer: {
      kind: row?.kind ?? 'CONSUMER',
      name: row?.name ?? null,
      address: row?.address ?? null,
      country: buyerCountry(evidence),
      businessName: row?.businessName ?? null,
      vatNumber,
      vatNumberState: vatNumber ? (await vatNumberStatus(ctx, vatNumber)).state : null,
    },
    evidence,
  };
}

/** The row as given at checkout, with the evidence (undefined when none was given). */
export async function billingDetailsOfPayment(ctx: Context, paymentId: string): Promise<PaymentBillingDetailsRow | undefined> {
  return findBillingDetails(ctx.db, paymentId);
}

export async function billingDetailsOf(ctx: Context, paymentIds: string[]): Promise<PaymentBillingDetailsRow[]> {
  return billingDetailsOfPayments(ctx.db, paymentIds);
}
