/** The browser's hash of its endpoint must be the API's `PushDevice.endpointHash`, or "This device" is never marked. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { endpointHash } from './push-on-this-browser';

describe('endpointHash', () => {
  it('is the SHA-256 of the endpoint in base64url without padding, as the API computes it', async () => {
    for (const endpoint of ['https://fcm.googleapis.com/fcm/send/abc:APA91b?x=1', 'http://127.0.0.1:4001/push/device-1']) {
      expect(await endpointHash(endpoint)).toBe(createHash('sha256').update(endpoint).digest('base64url'));
    }
  });
});
