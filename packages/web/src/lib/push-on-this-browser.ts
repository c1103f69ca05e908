/**
 * This browser's push subscription, apart from registering it (push-subscription.ts, which carries a user-agent parser):
 * small enough for the sign-out path, which ends every session with `forgetPushOnThisBrowser`.
 */

/**
 * SHA-256 of an endpoint, base64url without padding, as the API gives it (`PushDevice.endpointHash`): how this browser
 * finds itself in the account's devices. Web Crypto hashes; turning 32 bytes into base64url needs no library.
 */
export async function endpointHash(endpoint: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(endpoint)));
  return btoa(String.fromCharCode(...digest))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** This browser's push subscription for the site, or null (no service worker, no subscription, or it cannot say). */
export async function currentPushSubscription(): Promise<PushSubscription | null> {
  try {
    if (!('serviceWorker' in navigator)) return null;
    return (await (await navigator.serviceWorker.getRegistration())?.pushManager.getSubscription()) ?? null;
  } catch {
    return null;
  }
}

/**
 * As a session ends (sign-out, account deletion): the account forgets this browser's device, when `removeDevice` is
 * given and the session still exists to ask it, and the browser drops its subscription, so a shared browser receives
 * nothing of the account afterwards. Never throws: signing out goes on whatever happens here.
 */
export async function forgetPushOnThisBrowser(removeDevice?: (endpoint: string) => Promise<unknown>): Promise<void> {
  const subscription = await currentPushSubscription();
  if (!subscription) return;
  if (removeDevice) await removeDevice(subscription.endpoint).catch(() => undefined);
  await subscription.unsubscribe().catch(() => false);
}

/** What the worker tells the open pages after the push service renewed the subscription (push-worker.ts). */
export const subscriptionRenewedMessage = 'skillcall:push-subscription-renewed';
