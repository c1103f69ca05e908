/** The push sender through `web-push`: VAPID signature (RFC 8292) and aes128gcm encryption (RFC 8291). */
import webpush, { WebPushError } from 'web-push';
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
    try {
      await webpush.sendNotification({ endpoint: device.endpoint, keys: { p256dh: device.p256dh, auth: device.auth } }, message.payload, {
        vapidDetails: { subject: this.subject, publicKey: this.keys.publicKey, privateKey: this.keys.privateKey },
        TTL: message.ttlSeconds,
        urgency: message.urgency,
        topic: message.topic,
        contentEncoding: 'aes128gcm',
        timeout: timeoutMs,
      });
      return { kind: 'delivered' };
    } catch (error) {
      if (error instanceof WebPushError) {
        if (error.statusCode === 404 || error.statusCode === 410) return { kind: 'gone', status: error.statusCode };
        return { kind: 'failed', status: error.statusCode, reason: `the push service answered ${error.statusCode}` };
      }
      return { kind: 'failed', reason: (error as Error).message };
    }
  }
}
