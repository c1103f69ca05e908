import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BookSlotDocument, CompleteOfflineCheckoutDocument, PayBookingDocument, type BillingDetailsInput } from '@skillcall/schema';
import { expectType, type TestClient } from '../../../test/graphql-client';
import { bookableExpert, signedInUser } from '../../../test/booking-fixtures';
import { ManualClock, startTestApp, type TestApp } from '../../../test/harness';
import { createLoaders } from '../../loaders';
import { createLogger } from '../../platform/logger';
import { systemContext } from '../../platform/system-context';
import { buyerTaxDetailsOfPayment } from './billing-details.service';
import { findPaymentByBooking } from './payment.queries';

// Monday 2 March 2048, 07:00 in Paris; the experts keep Paris office hours.
const clock = new ManualClock(new Date('2048-03-02T06:00:00Z'));
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({}, clock);
});
afterAll(() => t.close());

const db = () => t.app.database.db;
const system = () =>
  systemContext({ config: t.config, logger: createLogger(t.config), clock, db: db(), adapters: t.app.adapters, createLoaders }, 'test');

let day = 0;
async function heldBooking(user: TestClient) {
  const expert = await bookableExpert(t, { prices: [{ model: 'PER_SESSION', amountMinor: 4500, currency: 'EUR', durationMinutes: 60 }] });
  day += 1;
  const startsAt = new Date(Date.UTC(2048, 2, 2 + day, 9, 0)).toISOString();
  const result = (await user.data(BookSlotDocument, { input: { offeringId: expert.offerings[0]!.id, startsAt, timeZone: 'Europe/Paris' } }))
    .bookSlot;
  return expectType(result, 'BookingSuccess').booking.id;
}

const pay = async (user: TestClient, bookingId: string, billing?: BillingDetailsInput) =>
  (await user.data(PayBookingDocument, { input: { bookingId, billing } })).payBooking;

const business: BillingDetailsInput = {
  kind: 'BUSINESS',
  businessName: 'Brasserie Lambic SPRL',
  name: 'Jan Peeters',
  address: 'Rue Haute 12\n1000 Bruxelles',
  country: 'BE',
};

describe('billing details at checkout', () => {
  it('refuses a business VAT number that fails its checks with a typed error, and opens no checkout', async () => {
    const user = await signedInUser(t);
    const bookingId = await heldBooking(user);
    const refused = expectType(await pay(user, bookingId, { ...business, vatNumber: 'BE0411905848' }), 'VatNumberInvalidError');
    expect(refused.code).toBe('VAT_NUMBER_INVALID');
    expect(await findPaymentByBooking(db(), bookingId)).toBeUndefined();

    const missing = expectType(await pay(user, bookingId, business), 'InvalidInputError');
    expect(missing.fieldErrors.map((e) => [e.field, e.code])).toEqual([['billing.vatNumber', 'REQUIRED']]);
    const incomplete = expectType(await pay(user, bookingId, { kind: 'BUSINESS', country: 'XX' }), 'InvalidInputError');
    expect(incomplete.fieldErrors.map((e) => e.field).sort()).toEqual(['billing.address', 'billing.businessName', 'billing.country']);
    expect(await findPaymentByBooking(db(), bookingId)).toBeUndefined();
  });

  it('keeps a business buyer’s details with the payment, and the card’s country once paid, for the invoice', async () => {
    const user = await signedInUser(t);
    const bookingId = await heldBooking(user);
    const checkout = expectType(await pay(user, bookingId, { ...business, vatNumber: 'be 0411.905.847' }), 'PaymentCheckout');
    const checkoutId = checkout.url.split('/').pop()!;
    await user.data(CompleteOfflineCheckoutDocument, { input: { checkoutId, pay: true, cardCountry: 'BE' } });

    const payment = (await findPaymentByBooking(db(), bookingId))!;
    expect(await buyerTaxDetailsOfPayment(system(), payment.id)).toEqual({
      buyer: {
        kind: 'BUSINESS',
        name: 'Jan Peeters',
        address: 'Rue Haute 12\n1000 Bruxelles',
        country: 'BE',
        businessName: 'Brasserie Lambic SPRL',
        vatNumber: 'BE0411905847',
        // Tests check numbers by checksum (VAT_NUMBER_CHECK=checksum outside production): this one holds.
        vatNumberState: 'VALID',
      },
      evidence: { billingCountry: 'BE', cardCountry: 'BE', ipCountry: null },
    });
  });

  it('asks nothing of a consumer, whose country then comes from the card', async () => {
    const user = await signedInUser(t);
    const bookingId = await heldBooking(user);
    const checkout = expectType(await pay(user, bookingId), 'PaymentCheckout');
    await user.data(CompleteOfflineCheckoutDocument, {
      input: { checkoutId: checkout.url.split('/').pop()!, pay: true, cardCountry: 'de' },
    });

    const payment = (await findPaymentByBooking(db(), bookingId))!;
    const { buyer, evidence } = await buyerTaxDetailsOfPayment(system(), payment.id);
    expect(buyer).toMatchObject({ kind: 'CONSUMER', country: 'DE', vatNumber: null });
    expect(evidence).toEqual({ billingCountry: null, cardCountry: 'DE', ipCountry: null });
  });
});
