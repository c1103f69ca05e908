/**
 * Where push notifications stand on this browser, for the "Notifications on this device" card (pure: the card's hook
 * gathers the facts, the tests check the verdicts). On: the browser holds a subscription, notifications are allowed,
 * and the account lists a device with that subscription's endpoint (compared by hash, `PushDevice.endpointHash`: the
 * API never returns endpoints), so the right device is marked even after the push service renewed the subscription
 * or the browser forgot everything else. Otherwise off (turning on reuses a subscription the browser still holds),
 * blocked by the browser, or not possible here.
 */
export type PushDeviceState =
  | { kind: 'checking' }
  | { kind: 'unsupported'; why: 'browser' | 'appleOutsideApp' | 'server' }
  | { kind: 'blocked' }
  | { kind: 'off' }
  | { kind: 'on'; deviceId: string };

export interface PushDeviceFacts {
  /** Whether this browser has service workers, the Push API and notifications (`pushSupport`). */
  support: PushSupport;
  /** Whether the server sends push at all (`pushSettings.enabled`); undefined while loading. */
  serverEnabled: boolean | undefined;
  /** `Notification.permission`. */
  permission: NotificationPermission;
  /** `endpointHash` of the browser's push subscription for this site; null if it holds none, undefined while asked. */
  subscriptionHash: string | null | undefined;
  /** The account's devices; undefined while loading. */
  accountDevices: readonly { id: string; endpointHash: string }[] | undefined;
}

export type PushSupport = 'supported' | 'browser' | 'appleOutsideApp';

export function pushDeviceState(facts: PushDeviceFacts): PushDeviceState {
  if (facts.support !== 'supported') return { kind: 'unsupported', why: facts.support };
  if (facts.serverEnabled === false) return { kind: 'unsupported', why: 'server' };
  if (facts.permission === 'denied') return { kind: 'blocked' };
  if (facts.serverEnabled === undefined || facts.subscriptionHash === undefined || facts.accountDevices === undefined)
    return { kind: 'checking' };
  const hash = facts.subscriptionHash;
  const device = hash === null ? undefined : facts.accountDevices.find((d) => d.endpointHash === hash);
  if (facts.permission === 'granted' && device) return { kind: 'on', deviceId: device.id };
  return { kind: 'off' };
}

interface BrowserTraits {
  userAgent: string;
  platform: string;
  maxTouchPoints: number;
  /** Whether the page runs as an installed app (display-mode standalone, or Safari's `navigator.standalone`). */
  standalone: boolean;
  hasServiceWorker: boolean;
  hasPushManager: boolean;
  hasNotification: boolean;
}

/**
 * Whether push can work here. iPhones and iPads offer it only to a site added to the Home Screen and opened from there
 * (iOS 16.4 and later), so in a Safari tab the card says how to do that rather than "not supported".
 */
export function pushSupport(traits: BrowserTraits): PushSupport {
  if (traits.hasServiceWorker && traits.hasPushManager && traits.hasNotification) return 'supported';
  const apple = /iPhone|iPad|iPod/.test(traits.userAgent) || (traits.platform === 'MacIntel' && traits.maxTouchPoints > 1);
  return apple && !traits.standalone ? 'appleOutsideApp' : 'browser';
}
