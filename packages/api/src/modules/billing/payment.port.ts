/**
 * The payment provider port: what billing asks of Stripe (or of the offline stand-in). Every call that moves money
 * carries an idempotency key derived from the booking and the action, so a retry never charges or refunds twice.
 *
 * The user pays on the provider's checkout page (Stripe Checkout for Stripe; a page of our SPA for the offline
 * provider): no card data ever reaches our server. The charge is a destination charge: the provider collects it,
 * keeps the platform's `applicationFeeMinor` and transfers the rest to the expert's connected account.
 */
export type ProviderName = 'offline' | 'stripe';

export interface CheckoutRequest {
  bookingId: string;
  /** Shown on the checkout page. */
  description: string;
  currency: string;
  amountMinor: number;
  applicationFeeMinor: number;
  /** The expert's connected account. */
  destinationAccount: string;
  /** MANUAL authorises now and captures later (per-minute sessions). */
  captureMethod: 'AUTOMATIC' | 'MANUAL';
  customerEmail: string;
  locale: 'en' | 'fr';
  successUrl: string;
  cancelUrl: string;
  idempotencyKey: string;
}

export interface Checkout {
  checkoutId: string;
  url: string;
}

/** What the provider says of a payment now: the source of truth billing reconciles with. */
export interface PaymentState {
  /** Null while the checkout has not been paid. */
  paymentId: string | null;
  status: 'open' | 'requires_capture' | 'succeeded' | 'canceled' | 'expired' | 'processing';
  amountMinor: number;
  capturedMinor: number;
  refundedMinor: number;
  /** The country of the card that paid (ISO 3166-1 alpha-2), once paid and when the provider knows it: evidence of where the buyer is. */
  cardCountry?: string | null;
}

export interface PayoutAccountState {
  accountId: string;
  chargesEnabled: boolean;
  payoutsEnabled: boolean;
  detailsSubmitted: boolean;
}

export interface PaymentProvider {
  readonly name: ProviderName;
  /** False for the offline provider: the SPA says so wherever money is shown. */
  readonly movesRealMoney: boolean;
  createPayoutAccount(expert: { expertId: string; email: string }, idempotencyKey: string): Promise<PayoutAccountState>;
  payoutAccount(accountId: string): Promise<PayoutAccountState>;
  /** A one-time link where the expert completes (or updates) their payout details. */
  onboardingLink(accountId: string, urls: { returnUrl: string; refreshUrl: string }): Promise<string>;
  createCheckout(request: CheckoutRequest): Promise<Checkout>;
  /** Closes an unpaid checkout (the slot's hold ended); a no-op once it is paid or closed. */
  expireCheckout(checkoutId: string): Promise<void>;
  paymentState(checkoutId: string): Promise<PaymentState>;
  capture(paymentId: string, amounts: { amountMinor: number; applicationFeeMinor: number }, idempotencyKey: string): Promise<void>;
  /** Releases an authorisation without charging anything. */
  cancelAuthorization(paymentId: string, idempotencyKey: string): Promise<void>;
  /** Refunds part of a captured payment, taking back the expert's transfer and the fee in proportion. */
  refund(paymentId: string, amountMinor: number, idempotencyKey: string): Promise<{ refundId: string }>;
}

/** A provider refused a request or could not be reached: the job that asked retries later. */
export class PaymentProviderError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PaymentProviderError';
  }
}
