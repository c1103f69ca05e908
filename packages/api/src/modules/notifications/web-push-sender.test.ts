import webpush from 'web-push';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPushReceiver, type PushReceiver } from '../../../test/push-receiver';
import { WebPushSender } from './web-push-sender';

const keys = webpush.generateVAPIDKeys();
const message = { payload: JSON.stringify({ v: 1, title: 'Hello' }), ttlSeconds: 60, urgency: 'normal' as const, topic: 'hello' };
let receiver: PushReceiver;

beforeAll(async () => {
  receiver = await startPushReceiver();
});
afterAll(() => receiver.close());

describe('the push sender', () => {
  it('delivers an encrypted, VAPID-signed message that the push service decrypts', async () => {
    const sender = new WebPushSender(keys, 'mailto:ops@skillcall.test', true);
    expect(await sender.send(receiver.subscribe('allowed'), message)).toEqual({ kind: 'delivered' });
    expect((await receiver.nth('allowed', 1)).payload).toEqual({ v: 1, title: 'Hello' });
  });

  it('refuses an endpoint on a private or local address unless private networks are allowed (a browser’s endpoint is anyone’s input)', async () => {
    const sender = new WebPushSender(keys, 'mailto:ops@skillcall.test', false);
    const outcome = await sender.send(receiver.subscribe('metadata-service'), message);
    expect(outcome).toMatchObject({ kind: 'failed', reason: expect.stringMatching(/private or local network address/) });
    expect(receiver.received('metadata-service')).toEqual([]);
  });
});
