/**
 * The push sender: `web-push` makes each request (the VAPID JWT of RFC 8292 and the aes128gcm encryption of RFC 8291,
 * with TTL, Urgency and Topic headers) and `fetch` sends it. web-push's own `sendNotification` speaks only https, and
 * outside production a push service on loopback may be plain http (a local one under test); fetch speaks both.
 */
import webpush from 'web-push';
import type { VapidKeys } from '../../platform/config';
import type { PushMessage, PushOutcome, PushSender } from './push-sender';

/** A push service that does not answer within this long is a failure, tried again later. */
const timeoutMs = 15_000;

export class WebPushSender implements PushSender {
  readonly publicKey: string;

  constructor(
    private readonly keys: VapidKeys,
    private readonly subject: string,
  ) {
    this.publicKey = keys.publicKey;
  }

  async send(device: { endpoint: string; p256dh: string; auth: string }, message: PushMessage): Promise<PushOutcome> {
    let status: number;
    try {
      const request = webpush.generateRequestDetails(
        { endpoint: device.endpoint, keys: { p256dh: device.p256dh, auth: device.auth } },
        message.payload,
        {
          vapidDetails: { subject: this.subject, publicKey: this.keys.publicKey, privateKey: this.keys.privateKey },
          TTL: message.ttlSeconds,
          urgency: message.urgency,
          topic: message.topic,
          contentEncoding: 'aes128gcm',
        },
      );
      const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
      const response = await fetch(request.endpoint, {
        method: 'POST',
        headers,
        body: new Uint8Array(request.body),
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.body?.cancel();
      status = response.status;
    } catch (error) {
      return { kind: 'failed', reason: (error as Error).message };
    }
    if (status >= 200 && status < 300) return { kind: 'delivered' };
    if (status === 404 || status === 410) return { kind: 'gone', status };
    return { kind: 'failed', status, reason: `the push service answered ${status}` };
  }
}
