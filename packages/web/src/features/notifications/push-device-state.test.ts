/**
 * What the "Notifications on this device" card says: on only when the browser is subscribed, allowed and known to the
 * account; blocked when the browser refuses; how to get it on an iPhone outside the installed app; off otherwise.
 */
import { describe, expect, it } from 'vitest';
import { pushDeviceState, pushSupport, type PushDeviceFacts } from './push-device-state';

const ready: PushDeviceFacts = {
  support: 'supported',
  serverEnabled: true,
  permission: 'granted',
  subscriptionHash: 'hash-of-this-browser',
  accountDevices: [
    { id: 'd-0', endpointHash: 'hash-of-a-phone' },
    { id: 'd-1', endpointHash: 'hash-of-this-browser' },
  ],
};

describe('the state of push on this device', () => {
  it('is on when subscribed, allowed, and registered with the account', () => {
    expect(pushDeviceState(ready)).toEqual({ kind: 'on', deviceId: 'd-1' });
  });

  it('marks the device whose endpoint is this browser’s subscription, and the new one once the push service renewed it', () => {
    const renewed = { ...ready, subscriptionHash: 'hash-after-renewal' };
    // The worker registered the renewed subscription; the list has not been read again yet.
    expect(pushDeviceState(renewed)).toEqual({ kind: 'off' });
    const reread = [ready.accountDevices![0]!, { id: 'd-2', endpointHash: 'hash-after-renewal' }];
    expect(pushDeviceState({ ...renewed, accountDevices: reread })).toEqual({ kind: 'on', deviceId: 'd-2' });
  });

  it('is off when the device was removed from the account (e.g. from another device), or never registered', () => {
    expect(pushDeviceState({ ...ready, accountDevices: [ready.accountDevices![0]!] })).toEqual({ kind: 'off' });
    expect(pushDeviceState({ ...ready, subscriptionHash: null })).toEqual({ kind: 'off' });
    expect(pushDeviceState({ ...ready, accountDevices: [] })).toEqual({ kind: 'off' });
    expect(pushDeviceState({ ...ready, permission: 'default' })).toEqual({ kind: 'off' });
  });

  it('is blocked when the browser denies notifications to the site, whatever else holds', () => {
    expect(pushDeviceState({ ...ready, permission: 'denied' })).toEqual({ kind: 'blocked' });
  });

  it('is not possible when the browser or the server cannot do it', () => {
    expect(pushDeviceState({ ...ready, support: 'browser' })).toEqual({ kind: 'unsupported', why: 'browser' });
    expect(pushDeviceState({ ...ready, support: 'appleOutsideApp' })).toEqual({ kind: 'unsupported', why: 'appleOutsideApp' });
    expect(pushDeviceState({ ...ready, serverEnabled: false })).toEqual({ kind: 'unsupported', why: 'server' });
  });

  it('is being checked until the browser and the account have answered', () => {
    expect(pushDeviceState({ ...ready, subscriptionHash: undefined })).toEqual({ kind: 'checking' });
    expect(pushDeviceState({ ...ready, accountDevices: undefined })).toEqual({ kind: 'checking' });
  });
});

describe('whether push can work in this browser', () => {
  const chrome = {
    userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36',
    platform: 'Linux armv81',
    maxTouchPoints: 5,
    standalone: false,
    hasServiceWorker: true,
    hasPushManager: true,
    hasNotification: true,
  };
  const safariOnIphone = {
    ...chrome,
    userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Version/18.1 Mobile/15E148 Safari/604.1',
    platform: 'iPhone',
    hasPushManager: false,
    hasNotification: false,
  };

  it('works where the browser has service workers, push and notifications', () => {
    expect(pushSupport(chrome)).toBe('supported');
  });

  it('asks iPhone and iPad users to open the app from the Home Screen, an iPad presenting itself as a Mac included', () => {
    expect(pushSupport(safariOnIphone)).toBe('appleOutsideApp');
    expect(pushSupport({ ...safariOnIphone, userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)', platform: 'MacIntel' })).toBe(
      'appleOutsideApp',
    );
    // Installed and still without push: an iOS too old for it.
    expect(pushSupport({ ...safariOnIphone, standalone: true })).toBe('browser');
  });

  it('is not supported elsewhere without the Push API', () => {
    expect(pushSupport({ ...chrome, hasPushManager: false })).toBe('browser');
  });
});
