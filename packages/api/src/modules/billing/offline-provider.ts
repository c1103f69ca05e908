/**
 * The offline payment provider, the embedded default: it keeps a provider's books (authorisations, captures,
 * refunds, idempotency keys) in its own table and its checkout page is a page of the SPA (`/pay/offline/<id>`)
 * that says plainly that no real money moves. It enforces what Stripe enforces (never capture above the
 * authorisation, never refund above the capture, one answer per idempotency key), so billing is exercised the
 * same way with either provider.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/client';
import { offlinePaymentIntents, type OfflinePaymentIntentRow } from './payment.table';
import {
  PaymentProviderError,
  type Checkout,
  type CheckoutRequest,
  type PaymentProvider,
  type PaymentState,
  type PayoutAccountState,
} from './payment.port';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

const readyAccount = (accountId: string): PayoutAccountState => ({
  accountId,
  chargesEnabled: true,
  payoutsEnabled: true,
  detailsSubmitted: true,
});

export class OfflinePaymentProvider implements PaymentProvider {
  readonly name = 'offline' as const;
  readonly movesRealMoney = false;

  constructor(
    private readonly db: Database,
    private readonly publicUrl: string,
  ) {}

  async createPayoutAccount(expert: { expertId: string }): Promise<PayoutAccountState> {
    return readyAccount(`offline_acct_${expert.expertId}`);
  }

  async payoutAccount(accountId: string): Promise<PayoutAccountState> {
    return readyAccount(accountId);
  }

  async onboardingLink(_accountId: string, urls: { returnUrl: string }): Promise<string> {
    return urls.returnUrl;
  }

  async createCheckout(request: CheckoutRequest): Promise<Checkout> {
    const checkoutId = `offline_cs_${request.idempotencyKey.replace(/[^\w-]/g, '_')}`;
    await this.db
      .insert(offlinePaymentIntents)
      .values({
        id: `offline_pi_${randomUUID()}`,
        checkoutId,
        status: 'open',
        captureMethod: request.captureMethod,
        currency: request.currency,
        amountMinor: request.amountMinor,
        applicationFeeMinor: request.applicationFeeMinor,
        destination: request.destinationAccount,
        metadata: { bookingId: request.bookingId },
        createdAt: new Date(),
      })
      .onConflictDoNothing({ target: offlinePaymentIntents.checkoutId });
    return { checkoutId, url: `${this.publicUrl}/pay/offline/${checkoutId}` };
  }

  /**
   * The offline checkout page's answer: the user pays (or the simulated card is declined). `cardCountry` is the
   * simulated card's country, reported afterwards as a real provider reports the card's.
   */
  async completeCheckout(
    checkoutId: string,
    outcome: 'PAY' | 'DECLINE',
    cardCountry?: string | null,
  ): Promise<{ bookingId: string; paid: boolean }> {
    return this.db.transaction(async (tx) => {
      const intent = await this.locked(tx, { checkoutId });
      if (outcome === 'PAY' && intent.status === 'open') {
        const captured = intent.captureMethod === 'AUTOMATIC';
        await tx
          .update(offlinePaymentIntents)
          .set({
            status: captured ? 'succeeded' : 'requires_capture',
            capturedMinor: captured ? intent.amountMinor : 0,
            metadata: cardCountry ? { ...intent.metadata, cardCountry } : intent.metadata,
          })
          .where(eq(offlinePaymentIntents.id, intent.id));
        return { bookingId: intent.metadata.bookingId!, paid: true };
      }
      return { bookingId: intent.metadata.bookingId!, paid: intent.status === 'succeeded' || intent.status === 'requires_capture' };
    });
  }

  async expireCheckout(checkoutId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const intent = await this.locked(tx, { checkoutId });
      if (intent.status === 'open')
        await tx.update(offlinePaymentIntents).set({ status: 'expired' }).where(eq(offlinePaymentIntents.id, intent.id));
    });
  }

  async paymentState(checkoutId: string): Promise<PaymentState> {
    const [intent] = await this.db.select().from(offlinePaymentIntents).where(eq(offlinePaymentIntents.checkoutId, checkoutId));
    if (!intent) throw new PaymentProviderError(`No such offline checkout: ${checkoutId}`, false);
    return {
      paymentId: intent.status === 'open' || intent.status === 'expired' ? null : intent.id,
      status: intent.status,
      amountMinor: intent.amountMinor,
      capturedMinor: intent.capturedMinor,
      refundedMinor: intent.refundedMinor,
      cardCountry: intent.metadata.cardCountry ?? null,
    };
  }

  async capture(paymentId: string, amounts: { amountMinor: number }, idempotencyKey: string): Promise<void> {
    await this.once(paymentId, idempotencyKey, async (tx, intent) => {
      if (intent.status !== 'requires_capture')
        throw new PaymentProviderError(`Payment ${paymentId} cannot be captured (${intent.status}).`, false);
      if (amounts.amountMinor < 1 || amounts.amountMinor > intent.amountMinor)
        throw new PaymentProviderError('Capture amount outside the authorisation.', false);
      await tx
        .update(offlinePaymentIntents)
        .set({ status: 'succeeded', capturedMinor: amounts.amountMinor })
        .where(eq(offlinePaymentIntents.id, intent.id));
      return 'captured';
    });
  }

  async cancelAuthorization(paymentId: string, idempotencyKey: string): Promise<void> {
    await this.once(paymentId, idempotencyKey, async (tx, intent) => {
      if (intent.status !== 'requires_capture')
        throw new PaymentProviderError(`Payment ${paymentId} cannot be cancelled (${intent.status}).`, false);
      await tx.update(offlinePaymentIntents).set({ status: 'canceled' }).where(eq(offlinePaymentIntents.id, intent.id));
      return 'canceled';
    });
  }

  async refund(paymentId: string, amountMinor: number, idempotencyKey: string): Promise<{ refundId: string }> {
    const refundId = await this.once(paymentId, idempotencyKey, async (tx, intent) => {
      if (amountMinor < 1 || intent.refundedMinor + amountMinor > intent.capturedMinor)
        throw new PaymentProviderError('Refund above what was captured.', false);
      await tx
        .update(offlinePaymentIntents)
        .set({ refundedMinor: intent.refundedMinor + amountMinor })
        .where(eq(offlinePaymentIntents.id, intent.id));
      return `offline_re_${randomUUID()}`;
    });
    return { refundId };
  }

  /** Runs `action` once per idempotency key; a repeated key returns the first answer without acting again. */
  private async once(
    paymentId: string,
    key: string,
    action: (tx: Tx, intent: OfflinePaymentIntentRow) => Promise<string>,
  ): Promise<string> {
    return this.db.transaction(async (tx) => {
      const intent = await this.locked(tx, { id: paymentId });
      const previous = intent.idempotency[key];
      if (previous) return previous;
      const answer = await action(tx, intent);
      await tx
        .update(offlinePaymentIntents)
        .set({ idempotency: { ...intent.idempotency, [key]: answer } })
        .where(eq(offlinePaymentIntents.id, intent.id));
      return answer;
    });
  }

  private async locked(tx: Tx, by: { id: string } | { checkoutId: string }): Promise<OfflinePaymentIntentRow> {
    const where = 'id' in by ? eq(offlinePaymentIntents.id, by.id) : eq(offlinePaymentIntents.checkoutId, by.checkoutId);
    const [intent] = await tx.select().from(offlinePaymentIntents).where(where).for('update');
    if (!intent) throw new PaymentProviderError(`No such offline payment: ${JSON.stringify(by)}`, false);
    return intent;
  }
}
