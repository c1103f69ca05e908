import { describe, expect, it } from 'vitest';
import {
  maxDeliveryAttempts,
  newEndpointSchema,
  newWebhookSecret,
  outcomeOfAttempt,
  retryDelayMs,
  signWebhook,
  verifyWebhookSignature,
} from './webhook.policy';

const secret = 'whsec_test-secret-of-an-endpoint';
const body = JSON.stringify({ id: 'evt', type: 'PING', createdAt: '2048-03-02T06:00:00.000Z', data: { message: 'hello' } });
const sentAt = new Date('2048-03-02T06:00:00Z');
const seconds = sentAt.getTime() / 1000;

describe('webhook retries', () => {
  it('waits 30 s × 4^(n−1) after the n-th failed attempt, at most 6 hours', () => {
    const minutes = Array.from({ length: maxDeliveryAttempts - 1 }, (_, i) => retryDelayMs(i + 1) / 60_000);
    expect(minutes).toEqual([0.5, 2, 8, 32, 128, 360, 360]);
  });

  it('schedules the next attempt until the 8th, then gives up; a 2xx ends it at once', () => {
    expect(outcomeOfAttempt(1, false, sentAt)).toEqual({ status: 'PENDING', nextAttemptAt: new Date('2048-03-02T06:00:30Z') });
    expect(outcomeOfAttempt(7, false, sentAt)).toEqual({ status: 'PENDING', nextAttemptAt: new Date('2048-03-02T12:00:00Z') });
    expect(outcomeOfAttempt(8, false, sentAt)).toEqual({ status: 'FAILED' });
    expect(outcomeOfAttempt(3, true, sentAt)).toEqual({ status: 'SUCCEEDED' });
    expect(outcomeOfAttempt(1, false, sentAt, false)).toEqual({ status: 'FAILED' });
  });
});

describe('webhook signatures', () => {
  const header = signWebhook(secret, body, seconds);

  it('signs "<t>.<body>" with HMAC-SHA256 in the documented header format, and verifies it', () => {
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(secret, header, body, 300, sentAt)).toBe(true);
    expect(verifyWebhookSignature(secret, header, body, 300, new Date(sentAt.getTime() + 299_000))).toBe(true);
  });

  it('refuses a tampered body, a tampered timestamp, another secret and a malformed header', () => {
    expect(verifyWebhookSignature(secret, header, body.replace('hello', 'hullo'), 300, sentAt)).toBe(false);
    expect(verifyWebhookSignature(secret, header.replace(`t=${seconds}`, `t=${seconds + 60}`), body, 300, sentAt)).toBe(false);
    expect(verifyWebhookSignature('whsec_another', header, body, 300, sentAt)).toBe(false);
    expect(verifyWebhookSignature(secret, 'v1=abc', body, 300, sentAt)).toBe(false);
    expect(verifyWebhookSignature(secret, `t=${seconds},v1=${'0'.repeat(64)}`, body, 300, sentAt)).toBe(false);
  });

  it('refuses a stale timestamp (a replay) even with a valid signature', () => {
    expect(verifyWebhookSignature(secret, header, body, 300, new Date(sentAt.getTime() + 301_000))).toBe(false);
    expect(verifyWebhookSignature(secret, header, body, 300, new Date(sentAt.getTime() - 301_000))).toBe(false);
  });

  it('makes secrets of 32 random bytes after whsec_', () => {
    const [one, two] = [newWebhookSecret(), newWebhookSecret()];
    expect(one).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(one).not.toBe(two);
  });
});

describe('webhook endpoints', () => {
  it('takes http(s) URLs of at most 2 kB (https only in production) and at least one subscribable event', () => {
    const fieldsOf = (httpsOnly: boolean, input: object) => {
      const parsed = newEndpointSchema(httpsOnly).safeParse(input);
      return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join('.'));
    };
    const events = ['BOOKING_CONFIRMED'];
    expect(fieldsOf(false, { url: 'http://127.0.0.1:9000/hook', eventTypes: events })).toEqual([]);
    expect(fieldsOf(true, { url: 'https://partner.example/hook', eventTypes: events })).toEqual([]);
    expect(fieldsOf(true, { url: 'http://partner.example/hook', eventTypes: events })).toEqual(['url']);
    for (const url of ['ftp://partner.example/hook', 'not a url', 'file:///etc/passwd', `https://partner.example/${'a'.repeat(2048)}`]) {
      expect(fieldsOf(false, { url, eventTypes: events })).toEqual(['url']);
    }
    expect(fieldsOf(false, { url: 'https://partner.example', eventTypes: [] })).toEqual(['eventTypes']);
    expect(fieldsOf(false, { url: ' ', eventTypes: events })).toEqual(['url']); // one error: it is missing
    expect(fieldsOf(false, { url: 'https://partner.example', eventTypes: ['PING'] })).toEqual(['eventTypes.0']);
  });
});
