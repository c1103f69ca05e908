/** Paying a held booking, coming back from the checkout, and reading a booking's payment. */
import { inTransaction, type Context, type SignedInContext } from '../../platform/context';
import type { InvalidInputError } from '../../platform/graphql/domain-error';
import type { VatNumberRefusedError } from '../tax/tax-profile.types';
import { checkBillingDetails, recordBillingDetails } from './billing-details.service';
import { isCountryCode } from '../../platform/country';
import { AppError } from '../../platform/errors';
import { bookingRow } from '../bookings/booking-payments.service';
import { expertOfBooking, isParticipant } from '../bookings/booking.service';
import type { BookingRow } from '../bookings/booking.table';
import { offeringTitles } from '../experts/expert.service';
import { findRecipient } from '../identity/identity.service';
import { unverifiedRefusal } from '../identity/email-verification.service';
import type { EmailNotVerifiedError } from '../identity/identity.types';
import {
  BookingPayment,
  OfflineCheckout,
  PaymentCheckout,
  PaymentNotPossibleError,
  PaymentProviderName,
  type BillingDetailsInput,
  type PaymentNotPossibleCode,
} from './billing.types';
import { splitCharge } from './fee-split';
import { toMoney } from './money.types';
import { OfflinePaymentProvider } from './offline-provider';
import { enqueueReconcile } from './payment.jobs';
import { amountToAuthorize } from './payment.policy';
import { PaymentProviderError } from './payment.port';
import { findPaymentByBooking, findPaymentByCheckout, insertPayment, updatePayment } from './payment.queries';
import { reconcilePayment } from './payment.reconcile';
import type { PaymentRow } from './payment.table';
import { payoutAccountOf } from './payout-account.service';

const providerName = (ctx: Context) => (ctx.adapters.payments.name === 'stripe' ? PaymentProviderName.STRIPE : PaymentProviderName.OFFLINE);
const notPossible = (code: PaymentNotPossibleCode, message: string) => new PaymentNotPossibleError(code, message);

export function paymentProviderInfo(ctx: Context) {
  return { name: providerName(ctx), movesRealMoney: ctx.adapters.payments.movesRealMoney };
}

function toCheckout(ctx: Context, url: string): PaymentCheckout {
  const { name, movesRealMoney } = paymentProviderInfo(ctx);
  return Object.assign(new PaymentCheckout(), { url, provider: name, movesRealMoney });
}

/** Opens (or reopens) the checkout of the viewer's held booking. Asking twice gives the same checkout. */
export async function payBooking(
  ctx: SignedInContext,
  bookingId: string,
  billing?: BillingDetailsInput | null,
): Promise<PaymentCheckout | PaymentNotPossibleError | EmailNotVerifiedError | InvalidInputError | VatNumberRefusedError | null> {
  const unverified = await unverifiedRefusal(ctx);
  if (unverified) return unverified;
  const booking = await bookingRow(ctx, bookingId);
  if (!booking || booking.userId !== ctx.viewer.userId) return null;
  const details = await checkBillingDetails(ctx, billing);
  if (!details.ok) return details.error;
  const existing = await findPaymentByBooking(ctx.db, bookingId);
  if (existing?.status === 'PENDING' && booking.status === 'PENDING_PAYMENT') {
    await recordBillingDetails(ctx, existing.id, details.fields);
    return toCheckout(ctx, existing.checkoutUrl);
  }
  if (
    booking.status !== 'PENDING_PAYMENT' ||
    existing ||
    !booking.currency ||
    (booking.holdExpiresAt && booking.holdExpiresAt <= ctx.clock.now())
  ) {
    return notPossible(
      'PAYMENT_NOT_POSSIBLE',
      `This booking cannot be paid now (it is ${booking.status.toLowerCase().replace('_', ' ')}).`,
    );
  }
  const expert = await expertOfBooking(ctx, booking);
  const account = await payoutAccountOf(ctx, expert);
  if (!account?.chargesEnabled)
    return notPossible(
      'EXPERT_CANNOT_BE_PAID',
      'This expert cannot receive payments yet. Nothing was charged; try again later or pick another expert.',
    );
  const amountMinor = amountToAuthorize(booking);
  const feeBasisPoints = ctx.config.platformFeeBasisPoints;
  const user = (await findRecipient(ctx, booking.userId))!;
  const title = (await offeringTitles(ctx, [booking.offeringId])).get(booking.offeringId) ?? 'Skillcall session';
  const bookingUrl = `${ctx.config.publicUrl}/bookings/${booking.id}`;
  try {
    const checkout = await ctx.adapters.payments.createCheckout({
      bookingId: booking.id,
      description: `${title} — ${expert.displayName}`,
      currency: booking.currency,
      amountMinor,
      applicationFeeMinor: splitCharge(amountMinor, booking.currency, feeBasisPoints).feeMinor,
      destinationAccount: account.accountId,
      captureMethod: booking.priceModel === 'PER_MINUTE' ? 'MANUAL' : 'AUTOMATIC',
      customerEmail: user.email,
      locale: user.locale,
      successUrl: `${bookingUrl}?payment=done`,
      cancelUrl: `${bookingUrl}?payment=cancelled`,
      idempotencyKey: `booking:${booking.id}:checkout`,
    });
    const now = ctx.clock.now();
    const payment = await inTransaction(ctx, async (tx) => {
      const row = await insertPayment(tx.db, {
        bookingId: booking.id,
        provider: ctx.adapters.payments.name,
        checkoutId: checkout.checkoutId,
        checkoutUrl: checkout.url,
        status: 'PENDING',
        captureMethod: booking.priceModel === 'PER_MINUTE' ? 'MANUAL' : 'AUTOMATIC',
        currency: booking.currency!,
        amountMinor,
        feeBasisPoints,
        destinationAccount: account.accountId,
        createdAt: now,
        updatedAt: now,
      });
      await recordBillingDetails(tx, row.id, details.fields);
      return row;
    });
    return toCheckout(ctx, payment.checkoutUrl);
  } catch (error) {
    if (!(error instanceof PaymentProviderError)) throw error;
    ctx.logger.warn({ err: error, bookingId }, 'opening a checkout failed');
    return notPossible(
      'PAYMENT_PROVIDER_UNAVAILABLE',
      'The payment provider could not be reached. Nothing was charged; try again in a moment.',
    );
  }
}

/** The user is back from the checkout: ask the provider now rather than wait for its webhook. */
export async function refreshPayment(ctx: Context, bookingId: string): Promise<BookingRow | null> {
  const booking = await bookingRow(ctx, bookingId);
  if (!booking || !isParticipant(ctx, booking, await expertOfBooking(ctx, booking))) return null;
  await reconcilePayment(ctx, bookingId);
  return (await bookingRow(ctx, bookingId))!;
}

function offlineProvider(ctx: Context): OfflinePaymentProvider {
  const provider = ctx.adapters.payments;
  if (!(provider instanceof OfflinePaymentProvider))
    throw new AppError('NOT_FOUND', 'This Skillcall takes real payments; there is no offline checkout.');
  return provider;
}

/** The offline checkout page's content, for the booking's user only. */
export async function offlineCheckout(ctx: SignedInContext, checkoutId: string): Promise<OfflineCheckout | null> {
  const provider = offlineProvider(ctx);
  const state = await provider.paymentState(checkoutId).catch(() => null);
  const payment = state && (await findPaymentByCheckout(ctx.db, checkoutId));
  if (!state || !payment) return null;
  const booking = (await bookingRow(ctx, payment.bookingId))!;
  if (booking.userId !== ctx.viewer.userId) return null;
  return Object.assign(new OfflineCheckout(), {
    id: checkoutId,
    bookingId: booking.id,
    amount: toMoney({ amountMinor: payment.amountMinor, currency: payment.currency }),
    authorizeOnly: payment.captureMethod === 'MANUAL',
    status: state.status,
  });
}

/** The user pays (or declines) on the offline checkout page; the booking is confirmed at once. */
export async function completeOfflineCheckout(
  ctx: SignedInContext,
  checkoutId: string,
  pay: boolean,
  cardCountry?: string | null,
): Promise<BookingRow | null> {
  const checkout = await offlineCheckout(ctx, checkoutId);
  if (!checkout) return null;
  const country = cardCountry?.trim().toUpperCase();
  await offlineProvider(ctx).completeCheckout(checkoutId, pay ? 'PAY' : 'DECLINE', country && isCountryCode(country) ? country : null);
  return refreshPayment(ctx, checkout.bookingId);
}

/**
 * Per minute: the session reports the seconds both sides were connected; billing captures that many minutes
 * (rounded up, never above the authorisation) once the booking is completed, in a job. Runs on `ctx.db`: the
 * session calls it inside the transaction that ends the session, so the figure and the end commit together.
 */
export async function recordConnectedTime(ctx: Context, bookingId: string, connectedSeconds: number): Promise<void> {
  if (!Number.isInteger(connectedSeconds) || connectedSeconds < 0)
    throw new RangeError(`connectedSeconds must be a whole number ≥ 0, got ${connectedSeconds}`);
  const payment = await findPaymentByBooking(ctx.db, bookingId, true);
  if (!payment || payment.captureMethod !== 'MANUAL') return;
  await updatePayment(ctx.db, payment.id, { meteredSeconds: connectedSeconds, updatedAt: ctx.clock.now() });
  await enqueueReconcile(ctx.db, bookingId);
}

/** A booking's payment for its participants and admins (null when there is none or the viewer is not one of them). */
export async function paymentOfBooking(
  ctx: Context,
  booking: Pick<BookingRow, 'id' | 'userId' | 'expertId'>,
): Promise<BookingPayment | null> {
  if (!isParticipant(ctx, booking, await expertOfBooking(ctx, booking))) return null;
  const payment = await ctx.loaders.paymentByBooking.load(booking.id);
  return payment ? toBookingPayment(ctx, payment) : null;
}

export function toBookingPayment(ctx: Context, payment: PaymentRow): BookingPayment {
  const net = payment.capturedMinor - payment.refundedMinor;
  const split = splitCharge(net, payment.currency, payment.feeBasisPoints);
  const money = (amountMinor: number) => toMoney({ amountMinor, currency: payment.currency });
  return Object.assign(new BookingPayment(), {
    id: payment.id,
    status: payment.status,
    provider: payment.provider === 'stripe' ? PaymentProviderName.STRIPE : PaymentProviderName.OFFLINE,
    movesRealMoney: payment.provider === 'stripe',
    amount: money(payment.amountMinor),
    captured: money(payment.capturedMinor),
    refunded: money(payment.refundedMinor),
    platformFee: money(split.feeMinor),
    expertShare: money(split.expertMinor),
    checkoutUrl: payment.status === 'PENDING' ? payment.checkoutUrl : null,
    receiptUrl: payment.capturedMinor > 0 ? `${ctx.config.publicUrl}/receipts/${payment.id}.pdf` : null,
    createdAt: payment.createdAt,
  });
}
