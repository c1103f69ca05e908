import { eq, inArray } from 'drizzle-orm';
import type { DbExecutor } from '../../platform/db/client';
import { paymentBillingDetails, type PaymentBillingDetailsRow } from './billing-details.table';

export type BillingDetailsFields = Omit<PaymentBillingDetailsRow, 'paymentId' | 'cardCountry' | 'createdAt' | 'updatedAt'>;

/** The details given at checkout; asking again before paying replaces them (the evidence gathered stays). */
export async function upsertBillingDetails(db: DbExecutor, paymentId: string, fields: BillingDetailsFields, now: Date): Promise<void> {
  await db
    .insert(paymentBillingDetails)
    .values({ ...fields, paymentId, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: paymentBillingDetails.paymentId, set: { ...fields, updatedAt: now } });
}

export async function setCardCountry(db: DbExecutor, paymentId: string, cardCountry: string, now: Date): Promise<void> {
  await db
    .insert(paymentBillingDetails)
    .values({ paymentId, kind: 'CONSUMER', cardCountry, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: paymentBillingDetails.paymentId, set: { cardCountry, updatedAt: now } });
}

export async function findBillingDetails(db: DbExecutor, paymentId: string): Promise<PaymentBillingDetailsRow | undefined> {
  const [row] = await db.select().from(paymentBillingDetails).where(eq(paymentBillingDetails.paymentId, paymentId));
  return row;
}

export function billingDetailsOfPayments(db: DbExecutor, paymentIds: string[]): Promise<PaymentBillingDetailsRow[]> {
  if (paymentIds.length === 0) return Promise.resolve([]);
  return db.select().from(paymentBillingDetails).where(inArray(paymentBillingDetails.paymentId, paymentIds));
}
