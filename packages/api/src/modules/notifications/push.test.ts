import { describe, expect, it } from 'vitest';
import { canPush, channelsOf, enabledByDefault, notificationKinds } from './notification-kinds';
import { pushPayload } from './push.messages';
import { pushEndpointProblem, pushPayloadSchema, pushTopicOf } from './push.policy';

const at = new Date('2048-03-02T06:00:00Z');
const id = '0b5f3a1e-7c4d-4e59-9d0e-3f2b1a6c8d7e';

describe('push notifications', () => {
  it('sends only to https push services, and to plain http on loopback outside production only', () => {
    expect(pushEndpointProblem('https://fcm.googleapis.com/fcm/send/abc', true)).toBeNull();
    expect(pushEndpointProblem('http://127.0.0.1:9000/push/a', false)).toBeNull();
    expect(pushEndpointProblem('http://localhost:9000/push/a', false)).toBeNull();
    expect(pushEndpointProblem('http://127.0.0.1:9000/push/a', true)).toBe('The endpoint must be an https URL.');
    expect(pushEndpointProblem('http://push.example.org/a', false)).toMatch(/must be an https URL/);
    expect(pushEndpointProblem('ftp://push.example.org/a', false)).toMatch(/must be an https URL/);
    expect(pushEndpointProblem('not a url', false)).toBe('The endpoint is not a URL.');
  });

  it('offers push for help-now requests, booking changes, reminders, messages and payouts only, on once a device is registered', () => {
    expect(notificationKinds.filter(canPush)).toEqual(['BOOKING_CHANGES', 'REMINDERS', 'HELP_NOW_REQUESTS', 'MESSAGES', 'PAYOUTS']);
    expect(channelsOf('REVIEWS')).toEqual(['EMAIL']);
    expect(channelsOf('REMINDERS')).toEqual(['EMAIL', 'PUSH']);
    expect(enabledByDefault('REMINDERS', 'PUSH', false)).toBe(false);
    expect(enabledByDefault('REMINDERS', 'PUSH', true)).toBe(true);
    expect(enabledByDefault('PRODUCT_NEWS', 'PUSH', true)).toBe(false);
  });

  it('words every kind in the reader’s language, with the address a click opens and the tag that replaces it', () => {
    const helpNow = pushPayload({ kind: 'HELP_NOW_REQUESTS', helpRequestId: id, offering: 'Guitar' }, 'fr', at);
    expect(helpNow).toEqual({
      v: 1,
      kind: 'HELP_NOW_REQUESTS',
      title: 'Quelqu’un a besoin d’aide maintenant',
      body: '« Guitar » : répondez dans la minute.',
      url: `/help-requests/${id}`,
      tag: `help-request:${id}`,
      timestamp: at.getTime(),
      lang: 'fr',
      helpRequestId: id,
      actions: [
        { action: 'accept', title: 'Accepter' },
        { action: 'decline', title: 'Refuser' },
      ],
    });
    const moved = pushPayload(
      { kind: 'BOOKING_CHANGES', change: 'RESCHEDULED', bookingId: id, offering: 'Guitar', when: 'Mar 9' },
      'en',
      at,
    );
    expect(moved).toMatchObject({
      lang: 'en',
      title: 'Booking moved',
      body: '“Guitar” is now Mar 9.',
      url: `/bookings/${id}`,
      tag: `booking:${id}`,
    });
    expect(pushPayload({ kind: 'REMINDERS', bookingId: id, offering: 'Guitar' }, 'en', at)).toMatchObject({
      url: `/bookings/${id}/room`,
      tag: `booking:${id}`,
    });
    expect(pushPayload({ kind: 'PAYOUTS', payoutId: 'po_1', amount: '€42.00' }, 'fr', at)).toMatchObject({
      title: 'Virement envoyé',
      url: '/dashboard/earnings',
    });
    const message = pushPayload({ kind: 'MESSAGES', url: `/bookings/${id}`, tag: `conversation:${id}`, offering: 'Guitar' }, 'en', at);
    expect(message).toMatchObject({ title: 'New message', url: `/bookings/${id}`, tag: `conversation:${id}` });
    for (const payload of [helpNow, moved, message]) expect(pushPayloadSchema.parse(payload)).toEqual(payload);
  });

  it('gives the push service a topic of at most 32 base64url characters, one per tag', () => {
    const topic = pushTopicOf(`help-request:${id}`);
    expect(topic).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(pushTopicOf(`booking:${id}`)).not.toBe(topic);
  });
});
