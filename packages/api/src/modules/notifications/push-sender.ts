/** The port push notifications leave through: one encrypted message to one device's push service. */
import type { PushSubscriptionRow } from './push.table';

export interface PushMessage {
  /** The JSON the device decrypts. */
  payload: string;
  ttlSeconds: number;
  urgency: 'very-low' | 'low' | 'normal' | 'high';
  /** RFC 8030 `Topic`: a newer message with the same topic replaces one still waiting. */
  topic: string;
}

/**
 * What the push service answered: accepted; gone (404, 410: the device unsubscribed, its row is removed); or failed
 * (anything else: another attempt later), with the status when there was one.
 */
export type PushOutcome = { kind: 'delivered' } | { kind: 'gone'; status: number } | { kind: 'failed'; status?: number; reason: string };

export interface PushSender {
  /** The VAPID public key browsers subscribe with. */
  readonly publicKey: string;
  send(device: Pick<PushSubscriptionRow, 'endpoint' | 'p256dh' | 'auth'>, message: PushMessage): Promise<PushOutcome>;
}
