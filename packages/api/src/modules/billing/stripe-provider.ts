/**
 * The Stripe adapter, on the official SDK: Connect Express accounts for experts, Checkout Sessions that create
 * destination-charge PaymentIntents (`transfer_data.destination` + `application_fee_amount`), manual capture for
 * per-minute sessions, and refunds that reverse the transfer and the application fee in proportion.
 */
import Stripe from 'stripe';
import {
  PaymentProviderError,
  type Checkout,
  type CheckoutRequest,
  type PaymentProvider,
  type PaymentState,
  type PayoutAccountState,
} from './payment.port';

export interface StripeSettings {
  secretKey: string;
  /** Tests point the SDK at a local server that records requests. */
  host?: { host: string; port: number; protocol: 'http' | 'https' };
}

const toAccountState = (account: Stripe.Account): PayoutAccountState => ({
  accountId: account.id,
  chargesEnabled: account.charges_enabled ?? false,
  payoutsEnabled: account.payouts_enabled ?? false,
  detailsSubmitted: account.details_submitted ?? false,
});

function providerError(error: unknown): PaymentProviderError {
  if (error instanceof Stripe.errors.StripeError) {
    const retryable =
      error instanceof Stripe.errors.StripeConnectionError ||
      error instanceof Stripe.errors.StripeAPIError ||
      error instanceof Stripe.errors.StripeRateLimitError;
    return new PaymentProviderError(`Stripe: ${error.message}`, retryable, { cause: error });
  }
  return new PaymentProviderError(`Stripe: ${String(error)}`, true, { cause: error });
}

export class StripePaymentProvider implements PaymentProvider {
  readonly name = 'stripe' as const;
  readonly movesRealMoney = true;
  readonly stripe: Stripe;

  constructor(settings: StripeSettings) {
    this.stripe = new Stripe(settings.secretKey, {
      maxNetworkRetries: 2,
      timeout: 20_000,
      appInfo: { name: 'Skillcall' },
      ...settings.host,
    });
  }

  private async call<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw providerError(error);
    }
  }

  createPayoutAccount(expert: { expertId: string; email: string }, idempotencyKey: string): Promise<PayoutAccountState> {
    return this.call(async () =>
      toAccountState(
        await this.stripe.accounts.create(
          {
            type: 'express',
            email: expert.email,
            capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
            metadata: { expertId: expert.expertId },
          },
          { idempotencyKey },
        ),
      ),
    );
  }

  payoutAccount(accountId: string): Promise<PayoutAccountState> {
    return this.call(async () => toAccountState(await this.stripe.accounts.retrieve(accountId)));
  }

  onboardingLink(accountId: string, urls: { returnUrl: string; refreshUrl: string }): Promise<string> {
    return this.call(
      async () =>
        (
          await this.stripe.accountLinks.create({
            account: accountId,
            type: 'account_onboarding',
            return_url: urls.returnUrl,
            refresh_url: urls.refreshUrl,
          })
        ).url,
    );
  }

  createCheckout(request: CheckoutRequest): Promise<Checkout> {
    return this.call(async () => {
      const session = await this.stripe.checkout.sessions.create(
        {
          mode: 'payment',
          line_items: [
            {
              quantity: 1,
              price_data: {
                currency: request.currency.toLowerCase(),
                unit_amount: request.amountMinor,
                product_data: { name: request.description },
              },
            },
          ],
          payment_intent_data: {
            capture_method: request.captureMethod === 'MANUAL' ? 'manual' : 'automatic',
            application_fee_amount: request.applicationFeeMinor,
            transfer_data: { destination: request.destinationAccount },
            metadata: { bookingId: request.bookingId },
          },
          client_reference_id: request.bookingId,
          metadata: { bookingId: request.bookingId },
          customer_email: request.customerEmail,
          locale: request.locale,
          success_url: request.successUrl,
          cancel_url: request.cancelUrl,
        },
        { idempotencyKey: request.idempotencyKey },
      );
      if (!session.url) throw new PaymentProviderError('Stripe returned a checkout session without a URL.', true);
      return { checkoutId: session.id, url: session.url };
    });
  }

  expireCheckout(checkoutId: string): Promise<void> {
    return this.call(async () => {
      const session = await this.stripe.checkout.sessions.retrieve(checkoutId);
      if (session.status === 'open') await this.stripe.checkout.sessions.expire(checkoutId, {}, { idempotencyKey: `${checkoutId}:expire` });
    });
  }

  paymentState(checkoutId: string): Promise<PaymentState> {
    return this.call(async () => {
      const session = await this.stripe.checkout.sessions.retrieve(checkoutId, { expand: ['payment_intent.latest_charge'] });
      const intent = session.payment_intent as Stripe.PaymentIntent | null;
      if (!intent || typeof intent === 'string') {
        return {
          paymentId: null,
          status: session.status === 'expired' ? 'expired' : 'open',
          amountMinor: session.amount_total ?? 0,
          capturedMinor: 0,
          refundedMinor: 0,
        };
      }
      const charge = intent.latest_charge as Stripe.Charge | null;
      const known: PaymentState['status'][] = ['requires_capture', 'succeeded', 'canceled', 'processing'];
      const status = known.find((s) => s === intent.status) ?? 'open';
      return {
        paymentId: intent.id,
        status,
        amountMinor: intent.amount,
        capturedMinor: intent.amount_received,
        refundedMinor: charge && typeof charge !== 'string' ? charge.amount_refunded : 0,
        cardCountry: charge && typeof charge !== 'string' ? (charge.payment_method_details?.card?.country ?? null) : null,
      };
    });
  }

  async capture(paymentId: string, amounts: { amountMinor: number; applicationFeeMinor: number }, idempotencyKey: string): Promise<void> {
    await this.call(() =>
      this.stripe.paymentIntents.capture(
        paymentId,
        { amount_to_capture: amounts.amountMinor, application_fee_amount: amounts.applicationFeeMinor },
        { idempotencyKey },
      ),
    );
  }

  async cancelAuthorization(paymentId: string, idempotencyKey: string): Promise<void> {
    await this.call(() => this.stripe.paymentIntents.cancel(paymentId, { cancellation_reason: 'abandoned' }, { idempotencyKey }));
  }

  refund(paymentId: string, amountMinor: number, idempotencyKey: string): Promise<{ refundId: string }> {
    return this.call(async () => {
      const refund = await this.stripe.refunds.create(
        { payment_intent: paymentId, amount: amountMinor, reverse_transfer: true, refund_application_fee: true },
        { idempotencyKey },
      );
      return { refundId: refund.id };
    });
  }
}
