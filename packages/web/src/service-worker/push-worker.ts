/**
 * The service worker's push handling, loaded into the worker vite-plugin-pwa generates (build/pwa.ts builds this file
 * and adds it to sw.js with Workbox's `importScripts`; the caching rules stay there). Its decisions are pure
 * functions of their own files (push-payload.ts, notification-click.ts); this file only wires them to the events.
 */
import { PushSettingsDocument, RegisterPushDeviceDocument, RemovePushDeviceDocument } from '@skillcall/schema';
import { subscriptionRenewedMessage } from '../lib/push-on-this-browser';
import { deviceLabel, subscriptionKeys } from '../lib/push-subscription';
import { serviceWorker as english } from '../locales/en.json';
import { serviceWorker as french } from '../locales/fr.json';
import { clickOutcome, declineDocument, declineOutcome, declineVariables, windowFor, type DeclineOutcome } from './notification-click';
import { genericNotification, notificationFor, notificationIcons, parsePushPayload, type ShownNotification } from './push-payload';
import { postOperation } from './registered-operation';

declare let self: ServiceWorkerGlobalScope;

/** The language of what the worker says itself: the browser's (the worker cannot read the page's choice). */
function workerLanguage(): 'en' | 'fr' {
  return navigator.languages
    .find((tag) => /^(en|fr)\b/i.test(tag))
    ?.slice(0, 2)
    .toLowerCase() === 'fr'
    ? 'fr'
    : 'en';
}
const workerStrings = () => (workerLanguage() === 'fr' ? french : english);

const show = ({ title, options }: ShownNotification) => self.registration.showNotification(title, options);

function readJson(data: PushMessageData | null): unknown {
  try {
    return data?.json() ?? null;
  } catch {
    return null;
  }
}

self.addEventListener('push', (event) => {
  const payload = parsePushPayload(readJson(event.data));
  event.waitUntil(show(payload ? notificationFor(payload) : genericNotification(workerStrings(), workerLanguage(), Date.now())));
});

/** Shows `path` in a window of this site: one already showing it, else the last used (navigated), else a new one. */
async function showInWindow(path: string): Promise<void> {
  const target = new URL(path, self.location.origin);
  const windows = await self.clients.matchAll({ type: 'window' });
  const chosen = windowFor(windows, target);
  if (!chosen) {
    await self.clients.openWindow(target.href);
    return;
  }
  const shown = chosen.navigate ? ((await chosen.window.navigate(target.href)) ?? chosen.window) : chosen.window;
  // Focusing needs the click's permission to bring a window forward; without it, the navigation has happened anyway.
  await shown.focus().catch(() => undefined);
}

/** Declines from the notification; if that did not work, a notification says so and opens the request. */
async function decline(helpRequestId: string, requestPath: string, tag: string): Promise<void> {
  let outcome: DeclineOutcome;
  try {
    outcome = declineOutcome(await postOperation(declineDocument, declineVariables(helpRequestId)));
  } catch {
    outcome = 'failed';
  }
  if (outcome === 'declined') return;
  const strings = workerStrings();
  const body = { closed: strings.declineClosed, signedOut: strings.declineSignedOut, failed: strings.declineFailed }[outcome];
  await show({
    title: strings.genericTitle,
    options: { body, ...notificationIcons, tag, lang: workerLanguage(), dir: 'auto', data: { url: requestPath } },
  });
}

self.addEventListener('notificationclick', (event) => {
  const { notification } = event;
  notification.close();
  const outcome = clickOutcome(notification.data, event.action);
  event.waitUntil(
    outcome.do === 'decline' ? decline(outcome.helpRequestId, outcome.requestPath, notification.tag) : showInWindow(outcome.path),
  );
});

/** Not in TypeScript's worker types yet (Firefox fires it; Chromium does not). */
interface PushSubscriptionChangeEvent extends ExtendableEvent {
  readonly newSubscription: PushSubscription | null;
  readonly oldSubscription: PushSubscription | null;
}

/**
 * The push service replaced or dropped this browser's subscription: the new one (made here with the server's key if
 * the browser gives none) joins the account's devices, with the session cookie as the settings page would, and the old
 * endpoint leaves them, and the open pages are told. Signed out, nothing can be registered: the server drops the old
 * endpoint when it stops working.
 */
async function renewSubscription(event: PushSubscriptionChangeEvent): Promise<void> {
  let renewed = event.newSubscription;
  if (!renewed) {
    const publicKey = (await postOperation(PushSettingsDocument, {})).data?.pushSettings.publicKey;
    if (!publicKey) return;
    renewed = await self.registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: publicKey });
  }
  const keys = subscriptionKeys(renewed);
  if (keys) await postOperation(RegisterPushDeviceDocument, { input: { ...keys, label: deviceLabel(navigator.userAgent) } });
  const old = event.oldSubscription?.endpoint;
  if (old && old !== renewed.endpoint) await postOperation(RemovePushDeviceDocument, { endpoint: old });
  // An open settings page reads the subscription and the account's devices again.
  for (const client of await self.clients.matchAll({ type: 'window' })) client.postMessage({ type: subscriptionRenewedMessage });
}

self.addEventListener('pushsubscriptionchange', (event) => {
  const change = event as PushSubscriptionChangeEvent;
  change.waitUntil(renewSubscription(change));
});
