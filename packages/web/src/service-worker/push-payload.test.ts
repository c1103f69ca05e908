/**
 * Pushes as the expert's phone shows them: the agreed payload becomes a notification with its title, body, icon,
 * badge, tag, time and (for a help-now request) Accept and Decline; anything else becomes the generic notification
 * that opens the home page, and never a link to another site.
 */
import { describe, expect, it } from 'vitest';
import { genericNotification, notificationFor, parsePushPayload } from './push-payload';

const helpNow = {
  v: 1,
  kind: 'HELP_NOW_REQUESTS',
  title: 'Help now: Sam User',
  body: 'Guitar quick question: “My F chord buzzes”',
  url: '/help-requests/hr-1',
  tag: 'help-request:hr-1',
  timestamp: 1_796_000_000_000,
  helpRequestId: 'hr-1',
  actions: [
    { action: 'accept', title: 'Accept' },
    { action: 'decline', title: 'Decline' },
  ],
};

const strings = {
  genericTitle: 'Skillcall',
  genericBody: 'Something happened: open Skillcall to see it.',
  declineClosed: '',
  declineSignedOut: '',
  declineFailed: '',
};

describe('a push becomes a notification', () => {
  it('shows a help-now request with its actions, ringing until answered, and keeps what a click needs', () => {
    const payload = parsePushPayload(helpNow);
    expect(payload).not.toBeNull();
    expect(notificationFor(payload!)).toEqual({
      title: 'Help now: Sam User',
      options: {
        body: 'Guitar quick question: “My F chord buzzes”',
        icon: '/icons/icon-192.png',
        badge: '/icons/badge-96.png',
        tag: 'help-request:hr-1',
        renotify: true,
        timestamp: 1_796_000_000_000,
        lang: '',
        dir: 'auto',
        requireInteraction: true,
        data: { url: '/help-requests/hr-1', kind: 'HELP_NOW_REQUESTS', helpRequestId: 'hr-1' },
        actions: [
          { action: 'accept', title: 'Accept' },
          { action: 'decline', title: 'Decline' },
        ],
      },
    });
  });

  it('shows a reminder with a link into the room, without actions, in the language the server names', () => {
    const payload = parsePushPayload({
      v: 1,
      kind: 'REMINDERS',
      title: 'Votre séance commence dans 15 minutes',
      body: 'Premier cours de guitare avec Élodie Lefèvre',
      url: '/bookings/b-7/room',
      tag: 'booking:b-7',
      timestamp: 1_796_000_000_000,
      lang: 'fr',
      // A field of a later version is ignored, not a reason to refuse the push.
      image: '/whatever.png',
    });
    const { options } = notificationFor(payload!);
    expect(options).toMatchObject({ lang: 'fr', requireInteraction: false, data: { url: '/bookings/b-7/room', kind: 'REMINDERS' } });
    expect(options).not.toHaveProperty('actions');
    expect(options).not.toHaveProperty('image');
  });

  it('offers no actions on a request without its id (nothing to answer)', () => {
    const { helpRequestId: _dropped, ...withoutId } = helpNow;
    const { options } = notificationFor(parsePushPayload(withoutId)!);
    expect(options).not.toHaveProperty('actions');
    expect(options.requireInteraction).toBe(false);
  });

  it.each([
    ['no data', null],
    ['not an object', 'hello'],
    ['another version', { ...helpNow, v: 2 }],
    ['an unknown kind', { ...helpNow, kind: 'PRODUCT_NEWS' }],
    ['no title', { ...helpNow, title: '' }],
    ['a link to another site', { ...helpNow, url: 'https://evil.example/help-requests/hr-1' }],
    ['a protocol-relative link', { ...helpNow, url: '//evil.example/' }],
    ['a backslash link', { ...helpNow, url: '/\\evil.example/' }],
    ['a link with a tab browsers drop', { ...helpNow, url: '/\t/evil.example/' }],
    ['an unknown action', { ...helpNow, actions: [{ action: 'pay', title: 'Pay now' }] }],
    ['a time that is not a number', { ...helpNow, timestamp: 'now' }],
  ])('refuses a payload with %s', (_case, json) => {
    expect(parsePushPayload(json)).toBeNull();
  });

  it('turns a payload that is not ours into the generic notification, which opens the home page', () => {
    expect(genericNotification(strings, 'en', 1_796_000_000_000)).toEqual({
      title: 'Skillcall',
      options: {
        body: 'Something happened: open Skillcall to see it.',
        icon: '/icons/icon-192.png',
        badge: '/icons/badge-96.png',
        tag: 'skillcall',
        timestamp: 1_796_000_000_000,
        lang: 'en',
        dir: 'auto',
        data: { url: '/' },
      },
    });
  });
});
