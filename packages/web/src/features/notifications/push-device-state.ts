/**
 * Where push notifications stand on this browser, for the "Notifications on this device" card (pure: the card's hook
 * gathers the facts, the tests check the verdicts). On: the browser holds a subscription, notifications are allowed,
 * and the account lists the device it was registered as. Otherwise off (turning on reuses a subscription the browser
 * still holds), blocked by the browser, or not possible here.
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
  /** Whether the browser holds a push subscription for this site; undefined while it is asked. */
  subscribed: boolean | undefined;
  /** The id this browser was registered as, as remembered here (null if none). */
  rememberedDeviceId: string | null;
  /** The account's devices; undefined while loading. */
  accountDeviceIds: readonly string[] | undefined;
}

export type PushSupport = 'supported' | 'browser' | 'appleOutsideApp';

export function pushDeviceState(facts: PushDeviceFacts): PushDeviceState {
  if (facts.support !== 'supported') return { kind: 'unsupported', why: facts.support };
  if (facts.serverEnabled === false) return { kind: 'unsupported', why: 'server' };
  if (facts.permission === 'denied') return { kind: 'blocked' };
  if (facts.serverEnabled === undefined || facts.subscribed === undefined || facts.accountDeviceIds === undefined)
    return { kind: 'checking' };
  const deviceId = facts.rememberedDeviceId;
  if (facts.permission === 'granted' && facts.subscribed && deviceId && facts.accountDeviceIds.includes(deviceId))
    return { kind: 'on', deviceId };
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
