/**
 * `POST /webhooks/stripe`: verifies the signature on the raw body (a tampered body, a wrong secret or a timestamp
 * older than Stripe's 5-minute tolerance answers 400), stores each event id once (a redelivery is a no-op), queues
 * a job and answers at once. The job never trusts the event's copy of the object: it re-reads the payment from
 * Stripe (`reconcilePayment`), so events may arrive in any order and the outcome is the same.
 */
import express from 'express';
import Stripe from 'stripe';
import type { Context } from '../../platform/context';
import type { HttpRouteContexts } from '../../platform/http/server-deps';
import { enqueue } from '../../platform/jobs/queue';
import { enqueueReconcile, providerEventJob } from './payment.jobs';
import { bookingIdOfProviderObject, findProviderEvent, recordProviderEvent } from './payment.queries';
import { refreshPayoutAccount } from './payout-account.service';

/** Stripe's SDK verifies signatures without calling Stripe; any key works for that. */
const verifier = new Stripe('sk_test_signature_verification_only');

export function mountStripeWebhook(app: express.Express, contexts: HttpRouteContexts): void {
  app.post('/webhooks/stripe', express.raw({ type: '*/*', limit: '1mb' }), async (req, res, next) => {
    const ctx = contexts.system();
    const secret = ctx.config.stripe?.webhookSecret;
    if (!secret) {
      res.status(404).type('text/plain').send('Stripe is not configured on this server.');
      return;
    }
    let event: Stripe.Event;
    try {
      event = verifier.webhooks.constructEvent(req.body as Buffer, req.get('stripe-signature') ?? '', secret);
    } catch (error) {
      res
        .status(400)
        .type('text/plain')
        .send(`Webhook refused: ${(error as Error).message}`);
      return;
    }
    try {
      await ctx.pool.transaction(async (db) => {
        if (await recordProviderEvent(db, { id: event.id, type: event.type, payload: event, receivedAt: ctx.clock.now() })) {
          await enqueue(db, providerEventJob, { eventId: event.id });
        }
      });
      res.json({ received: true });
    } catch (error) {
      next(error);
    }
  });
}

/** The Stripe objects an event may be about, and what to do: settle a booking's payment, or refresh an account. */
function subjectOf(event: Stripe.Event): { providerIds: string[]; bookingId?: string; accountId?: string } {
  const object = event.data.object as {
    id?: string;
    object?: string;
    metadata?: Record<string, string> | null;
    payment_intent?: string | { id: string } | null;
  };
  if (object.object === 'account') return { providerIds: [], accountId: object.id };
  const intent = typeof object.payment_intent === 'string' ? object.payment_intent : object.payment_intent?.id;
  return { providerIds: [object.id, intent].filter((id): id is string => !!id), bookingId: object.metadata?.bookingId };
}

/** The job: one stored event. */
export async function handleProviderEvent(ctx: Context, eventId: string): Promise<void> {
  const stored = await findProviderEvent(ctx.db, eventId);
  if (!stored) return;
  const subject = subjectOf(stored.payload as Stripe.Event);
  if (subject.accountId) return refreshPayoutAccount(ctx, subject.accountId);
  let bookingId: string | undefined;
  for (const id of subject.providerIds) bookingId ??= await bookingIdOfProviderObject(ctx.db, id);
  bookingId ??= subject.bookingId && /^[0-9a-f-]{36}$/.test(subject.bookingId) ? subject.bookingId : undefined;
  if (bookingId) await enqueueReconcile(ctx.db, bookingId);
}
