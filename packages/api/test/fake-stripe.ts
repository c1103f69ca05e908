/* eslint-disable @typescript-eslint/no-explicit-any -- Stripe request bodies are free-form nested forms; this stand-in reads them as such. */
/**
 * A local stand-in for Stripe's API (no network here, and stripe-mock is not installable): the real SDK is pointed
 * at it with its host/port options. It records every request (path, form body, idempotency key) so tests assert
 * what the adapter asked, and keeps just enough state (checkout sessions, payment intents, refunds, accounts) to
 * answer like Stripe, including replaying the first answer for a repeated idempotency key.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'qs';

export interface RecordedRequest {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
  body: Record<string, unknown>;
}

interface Intent {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_received: number;
  currency: string;
  status: string;
  capture_method: string;
  application_fee_amount: number;
  metadata: Record<string, string>;
  refunded: number;
}

export class FakeStripe {
  readonly requests: RecordedRequest[] = [];
  private readonly sessions = new Map<
    string,
    { id: string; status: string; amount_total: number; intent: Intent | null; body: Record<string, any> }
  >();
  private readonly intents = new Map<string, Intent>();
  private readonly replies = new Map<string, unknown>();
  /** Stripe Tax's answers to the next `POST /v1/tax/calculations`, in order (set by the test). */
  readonly taxCalculations: object[] = [];
  private server!: Server;
  private counter = 0;
  port = 0;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => {
        const url = new URL(req.url!, 'http://localhost');
        const body = (req.method === 'GET' ? parse(url.search.slice(1)) : parse(raw)) as Record<string, unknown>;
        const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
        this.requests.push({ method: req.method!, path: url.pathname, idempotencyKey, body });
        const replayKey = idempotencyKey && `${url.pathname}:${idempotencyKey}`;
        const reply = replayKey && this.replies.has(replayKey) ? this.replies.get(replayKey) : this.answer(req.method!, url.pathname, body);
        if (replayKey) this.replies.set(replayKey, reply);
        const status = (reply as { error?: unknown }).error ? 400 : 200;
        res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_${++this.counter}` }).end(JSON.stringify(reply));
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  get host() {
    return { host: '127.0.0.1', port: this.port, protocol: 'http' as const };
  }

  /** The user pays on Stripe Checkout: the session completes and its PaymentIntent is created. */
  pay(sessionId: string): Intent {
    const session = this.sessions.get(sessionId)!;
    const data = session.body.payment_intent_data as Record<string, any>;
    const manual = data.capture_method === 'manual';
    const intent: Intent = {
      id: `pi_${++this.counter}`,
      object: 'payment_intent',
      amount: session.amount_total,
      amount_received: manual ? 0 : session.amount_total,
      currency: (session.body.line_items as any[])[0].price_data.currency,
      status: manual ? 'requires_capture' : 'succeeded',
      capture_method: data.capture_method,
      application_fee_amount: Number(data.application_fee_amount),
      metadata: data.metadata,
      refunded: 0,
    };
    this.intents.set(intent.id, intent);
    Object.assign(session, { status: 'complete', intent });
    return intent;
  }

  /** A refund made in Stripe's dashboard, outside Skillcall. */
  refundOutside(intentId: string, amount: number): void {
    this.intents.get(intentId)!.refunded += amount;
  }

  intent(id: string): Intent | undefined {
    return this.intents.get(id);
  }

  private sessionJson(session: { id: string; status: string; amount_total: number; intent: Intent | null; body: Record<string, any> }) {
    const intent = session.intent && {
      ...session.intent,
      latest_charge: { id: `ch_${session.intent.id}`, object: 'charge', amount_refunded: session.intent.refunded },
    };
    return {
      id: session.id,
      object: 'checkout.session',
      status: session.status,
      amount_total: session.amount_total,
      url: `https://checkout.stripe.test/${session.id}`,
      payment_intent: intent,
      metadata: session.body.metadata,
    };
  }

  private answer(method: string, path: string, body: Record<string, any>): unknown {
    let match: RegExpExecArray | null;
    if (method === 'POST' && path === '/v1/checkout/sessions') {
      const id = `cs_test_${++this.counter}`;
      const amount = Number(body.line_items[0].price_data.unit_amount);
      const session = { id, status: 'open', amount_total: amount, intent: null, body };
      this.sessions.set(id, session);
      return this.sessionJson(session);
    }
    if ((match = /^\/v1\/checkout\/sessions\/([\w]+)(\/expire)?$/.exec(path))) {
      const session = this.sessions.get(match[1]!);
      if (!session) return { error: { type: 'invalid_request_error', message: 'No such checkout.session' } };
      if (match[2]) session.status = 'expired';
      return this.sessionJson(session);
    }
    if ((match = /^\/v1\/payment_intents\/(\w+)\/(capture|cancel)$/.exec(path))) {
      const intent = this.intents.get(match[1]!)!;
      if (intent.status !== 'requires_capture')
        return { error: { type: 'invalid_request_error', message: `This PaymentIntent could not be ${match[2]}d.` } };
      if (match[2] === 'capture')
        Object.assign(intent, {
          status: 'succeeded',
          amount_received: Number(body.amount_to_capture ?? intent.amount),
          application_fee_amount: Number(body.application_fee_amount),
        });
      else intent.status = 'canceled';
      return intent;
    }
    if (method === 'POST' && path === '/v1/refunds') {
      const intent = this.intents.get(body.payment_intent)!;
      const amount = Number(body.amount);
      if (intent.refunded + amount > intent.amount_received)
        return { error: { type: 'invalid_request_error', message: 'Refund exceeds charge.' } };
      intent.refunded += amount;
      return { id: `re_${++this.counter}`, object: 'refund', amount, payment_intent: intent.id, status: 'succeeded' };
    }
    if (method === 'POST' && path === '/v1/tax/calculations')
      return this.taxCalculations.shift() ?? { error: { type: 'invalid_request_error', message: 'No tax calculation queued.' } };
    if (method === 'POST' && path === '/v1/accounts')
      return { id: `acct_${++this.counter}`, object: 'account', charges_enabled: false, payouts_enabled: false, details_submitted: false };
    if ((match = /^\/v1\/accounts\/(\w+)$/.exec(path)))
      return { id: match[1], object: 'account', charges_enabled: true, payouts_enabled: true, details_submitted: true };
    if (method === 'POST' && path === '/v1/account_links')
      return { object: 'account_link', url: `https://connect.stripe.test/onboarding/${body.account}` };
    return { error: { type: 'invalid_request_error', message: `Unhandled ${method} ${path}` } };
  }
}
