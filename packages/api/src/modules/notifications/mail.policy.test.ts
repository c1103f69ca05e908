import { describe, expect, it } from 'vitest';
import { classifyMailFailure, mailHeaders, maxDeliveryAttempts, messageIdFor, retrySpanSeconds } from './mail.policy';

describe('mail delivery rules', () => {
  it('retries a message for at least 24 hours, and not for days on end', () => {
    expect(retrySpanSeconds(maxDeliveryAttempts)).toBeGreaterThanOrEqual(24 * 3600);
    expect(retrySpanSeconds(maxDeliveryAttempts - 1)).toBeLessThan(24 * 3600);
  });

  it('gives up on 5xx replies and retries 4xx replies, refused connections and timeouts', () => {
    const rejected = { code: 'EENVELOPE', responseCode: 550, response: '550 5.1.1 No such user here' };
    expect(classifyMailFailure(rejected)).toEqual({ permanent: true, reply: '550 5.1.1 No such user here' });
    expect(classifyMailFailure({ code: 'EMESSAGE', responseCode: 554, response: '554 Spam' }).permanent).toBe(true);
    expect(classifyMailFailure({ code: 'EENVELOPE', responseCode: 421, response: '421 Try again later' })).toEqual({
      permanent: false,
      reply: '421 Try again later',
    });
    expect(classifyMailFailure({ code: 'ESOCKET', message: 'connect ECONNREFUSED 127.0.0.1:2525' })).toEqual({
      permanent: false,
      reply: 'ESOCKET: connect ECONNREFUSED 127.0.0.1:2525',
    });
    expect(classifyMailFailure({ code: 'ETIMEDOUT', message: 'Greeting never received' }).permanent).toBe(false);
    expect(classifyMailFailure(new Error('boom')).permanent).toBe(false);
  });

  it('names each message on the sender’s domain, and offers one-click unsubscribe only when there is an address for it', () => {
    expect(messageIdFor('0b8c', 'example.org')).toBe('<0b8c@example.org>');
    expect(mailHeaders(null)).toEqual({ 'Auto-Submitted': 'auto-generated' });
    expect(mailHeaders('https://x.example/u?t=1')).toEqual({
      'Auto-Submitted': 'auto-generated',
      'List-Unsubscribe': '<https://x.example/u?t=1>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });
});
