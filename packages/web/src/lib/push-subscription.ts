/**
 * A browser's push subscription as the API registers it (`registerPushDevice`), shared by the settings card
 * (features/notifications) and the service worker, which registers a renewed subscription by itself.
 */
import Bowser from 'bowser';

export interface PushDeviceKeys {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** The endpoint and keys (base64url, as `PushSubscription.toJSON()` gives them); null if the browser gives none. */
export function subscriptionKeys(subscription: PushSubscription): PushDeviceKeys | null {
  const { endpoint, keys } = subscription.toJSON();
  return endpoint && keys?.p256dh && keys.auth ? { endpoint, p256dh: keys.p256dh, auth: keys.auth } : null;
}

/**
 * The name the device gets in the account's list: browser and system ("Chrome · Android"), from the user agent (the
 * `bowser` parser), in no language so the worker can give the same name. Null when neither is known.
 */
export function deviceLabel(userAgent: string): string | null {
  if (!userAgent) return null;
  const parsed = Bowser.parse(userAgent);
  const label = [parsed.browser.name, parsed.os.name].filter(Boolean).join(' · ');
  return label ? label.slice(0, 80) : null;
}

/** Whether the subscription was made with this server's VAPID public key (base64url): a new key needs a new one. */
export function madeWithKey(subscription: PushSubscription, publicKey: string): boolean {
  const key = subscription.options.applicationServerKey;
  if (!key) return false;
  const base64 = publicKey.replace(/-/g, '+').replace(/_/g, '/');
  const expected = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const actual = new Uint8Array(key);
  return actual.length === expected.length && actual.every((byte, index) => byte === expected.charCodeAt(index));
}
