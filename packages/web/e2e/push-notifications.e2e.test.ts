/**
 * Push notifications in Chromium (issue 23). An expert turns notifications on from their settings: the browser asks
 * for permission only on the button (granted here by the browser context), the device is registered, listed as this
 * device, and the per-kind preferences gain their Push column; it turns off again. Then a user asks the available
 * expert for help now, through the API: the server pushes it to the expert's device (its endpoint is a local push
 * service, `test/push-receiver.ts`, which checks the VAPID signature and decrypts the payload with the device's keys),
 * and that payload, the server's own, is delivered to the expert's service worker through the DevTools protocol
 * (`ServiceWorker.deliverPushMessage`): the notification shows with its title, body and Accept and Decline. Accept (a click dispatched in the worker) opens `/help-requests/<id>?answer=accept` in the
 * expert's other Skillcall window (never the dashboard, whose connection keeps them available), which accepts and goes
 * into the session room; Decline declines from the worker itself, and the API says so, with no page opened. A
 * subscription the push service renews (`pushsubscriptionchange`) is registered by the worker, the old one dropped. A click
 * dispatched from a test carries no permission to open or focus a window (a real click does): the window the worker
 * navigates is one already open.
 *
 * Headless Chromium has no push service to subscribe with (its `pushManager.subscribe` fails: "Registration failed -
 * permission denied"), so the settings test stands in a subscription for it (`PushManager.prototype` in the page, with
 * keys and an endpoint from the local push service): everything else is the real page, worker and API. The push tests
 * register the expert's device through the API directly, as a browser that could subscribe would.
 */
import { randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@apollo/client';
import {
  AskForHelpDocument,
  HelpRequestWaiting_RequestDocument,
  MyPushDevicesDocument,
  RegisterPushDeviceDocument,
  SignInDocument,
} from '@skillcall/schema';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectDatabase, type DbHandle } from '../../api/src/platform/db/client';
import { createBookableExpert } from '../../api/src/seed/bookable-expert';
import { createUser } from '../../api/src/seed/factories';
import { startPushReceiver, type PushReceiver } from '../../api/test/push-receiver';
import { registeredOperation } from '../src/service-worker/registered-operation';
import { launchBrowser, signIn, textNow } from './browser';

let browser: Browser;
let database: DbHandle;
/** The push service the devices' endpoints point to: it receives, checks and decrypts what the server pushes. */
let pushService: PushReceiver;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchBrowser();
  database = connectDatabase(inject('e2eDatabaseUrl'), 2);
  pushService = await startPushReceiver();
});
afterAll(async () => {
  await browser?.close();
  await database?.close();
  await pushService?.close();
});

/** The API as the SPA calls it (registered operations by hash), with one account's session cookie. */
class Api {
  constructor(private cookie = '') {}

  async run<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables): Promise<TData> {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookie },
      body: JSON.stringify(registeredOperation(document, variables)),
    });
    const cookies = response.headers.getSetCookie().map((line) => line.split(';')[0]);
    if (cookies.length) this.cookie = cookies.join('; ');
    const { data, errors } = (await response.json()) as { data?: TData; errors?: unknown[] };
    if (errors?.length || !data) throw new Error(`GraphQL errors: ${JSON.stringify(errors)}`);
    return data;
  }

  static async signedIn(account: { email: string; password: string }): Promise<Api> {
    const api = new Api();
    const { signIn } = await api.run(SignInDocument, { input: { email: account.email, password: account.password } });
    expect(signIn.__typename).toBe('SignInSuccess');
    return api;
  }

  /** The same session as a browser context's. */
  static async of(context: BrowserContext): Promise<Api> {
    return new Api((await context.cookies(baseUrl)).map(({ name, value }) => `${name}=${value}`).join('; '));
  }
}

/** An expert with a free offering, signed in in a context that allows notifications, on a page the worker controls. */
async function expertWithWorker(displayName: string) {
  const { user, expert, offerings } = await createBookableExpert(database.db, {
    displayName,
    prices: [{ model: 'FREE', durationMinutes: 30 }],
  });
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'Europe/Paris' });
  await context.grantPermissions(['notifications'], { origin: baseUrl });
  const page = await context.newPage();
  await signIn(page, user.email);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  return { account: user, expert, offering: offerings[0]!, context, page };
}

/** Registers a device of the push service for the context's account, as its settings page would; the device's name. */
async function registerDevice(context: BrowserContext): Promise<string> {
  const device = `phone-${randomUUID()}`;
  const { registerPushDevice } = await (
    await Api.of(context)
  ).run(RegisterPushDeviceDocument, {
    input: { ...pushService.subscribe(device), label: 'Phone' },
  });
  expect(registerPushDevice.__typename).toBe('PushDeviceSuccess');
  return device;
}

/** "Available now" on the dashboard (the page stays there: it is what keeps the expert available). */
async function goAvailable(page: Page) {
  await page.goto(`${baseUrl}/dashboard`);
  await page.getByRole('switch', { name: 'Available now' }).check();
  await expect.poll(() => textNow(page, 'dashboard-presence'), { timeout: 10_000 }).toBe('Available now');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

/** A user asks the expert for help now through the API; the request's id. */
async function askForHelp(offeringId: string, displayName: string) {
  const asker = await Api.signedIn(await createUser(database.db, { displayName }));
  const { askForHelp } = await asker.run(AskForHelpDocument, {
    input: { offeringId, message: 'My F chord buzzes', timeZone: 'Europe/Paris' },
  });
  if (askForHelp.__typename !== 'HelpRequestSuccess') throw new Error(`askForHelp: ${JSON.stringify(askForHelp)}`);
  return { asker, requestId: askForHelp.request.id };
}

/** Delivers a push to the site's service worker as a push service would, through the DevTools protocol. */
async function deliverPush(context: BrowserContext, page: Page, payload: unknown) {
  const cdp = await context.newCDPSession(page);
  const registrations: { registrationId: string; scopeURL: string; isDeleted: boolean }[] = [];
  cdp.on('ServiceWorker.workerRegistrationUpdated', (event) => registrations.push(...event.registrations));
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => registrations.some((r) => r.scopeURL === `${baseUrl}/` && !r.isDeleted)).toBe(true);
  const { registrationId } = registrations.find((r) => r.scopeURL === `${baseUrl}/` && !r.isDeleted)!;
  await cdp.send('ServiceWorker.deliverPushMessage', { origin: baseUrl, registrationId, data: JSON.stringify(payload) });
  await cdp.detach();
}

/** The notifications the site shows now, as the page's service worker registration lists them. */
function shownNotifications(page: Page) {
  return page.evaluate(async () =>
    (await (await navigator.serviceWorker.ready).getNotifications()).map((n) => ({
      title: n.title,
      body: n.body,
      tag: n.tag,
      actions: ((n as unknown as { actions?: { action: string; title: string }[] }).actions ?? []).map(({ action, title }) => ({
        action,
        title,
      })),
    })),
  );
}

/** A click on a notification's action, dispatched in the service worker (headless Chromium has no notification UI). */
async function clickNotification(context: BrowserContext, tag: string, action: string) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(
    async ({ tag, action }) => {
      const scope = globalThis as unknown as {
        registration: { getNotifications(filter: { tag: string }): Promise<object[]> };
        dispatchEvent(event: Event): boolean;
        NotificationEvent: new (type: string, init: { notification: object; action: string }) => Event;
      };
      const [notification] = await scope.registration.getNotifications({ tag });
      if (!notification) throw new Error(`No notification tagged ${tag}`);
      scope.dispatchEvent(new scope.NotificationEvent('notificationclick', { notification, action }));
    },
    { tag, action },
  );
}

/** The request as the user who asked sees it. */
async function requestNow(asker: Api, requestId: string) {
  return (await asker.run(HelpRequestWaiting_RequestDocument, { id: requestId })).helpRequest;
}

describe('push notifications', () => {
  it('turns push on from the settings only on the button, registers this device, and turns it off again', async () => {
    const { context, page, account } = await expertWithWorker('Rosa Push');
    // Headless Chromium cannot subscribe (no push service): the page's PushManager hands out a subscription made here.
    await context.addInitScript(
      (made) => {
        const storageKey = 'e2e.subscription';
        const decode = (base64url: string) =>
          Uint8Array.from(atob(base64url.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0)).buffer;
        const subscription = (key: string) => ({
          endpoint: made.endpoint,
          options: { userVisibleOnly: true, applicationServerKey: decode(key) },
          toJSON: () => ({ endpoint: made.endpoint, keys: { p256dh: made.p256dh, auth: made.auth } }),
          unsubscribe: async () => (localStorage.removeItem(storageKey), true),
        });
        PushManager.prototype.subscribe = async function (options?: PushSubscriptionOptionsInit) {
          const key = String(options?.applicationServerKey);
          localStorage.setItem(storageKey, key);
          return subscription(key) as unknown as PushSubscription;
        };
        PushManager.prototype.getSubscription = async function () {
          const key = localStorage.getItem(storageKey);
          return (key ? subscription(key) : null) as unknown as PushSubscription | null;
        };
      },
      pushService.subscribe(`settings-${randomUUID()}`),
    );
    let asked = 0;
    await page.exposeFunction('e2eCountPermissionRequest', () => (asked += 1));
    await context.addInitScript(() => {
      const request = Notification.requestPermission.bind(Notification);
      Notification.requestPermission = async () => {
        await (window as unknown as { e2eCountPermissionRequest(): Promise<void> }).e2eCountPermissionRequest();
        return request();
      };
    });

    await page.goto(`${baseUrl}/account/notifications`);
    const card = page.getByTestId('push-device-card');
    const state = card.getByTestId('push-device-state');
    await expect.poll(() => state.getAttribute('data-state'), { timeout: 10_000 }).toBe('off');
    expect(await card.getByTestId('push-device-list-empty').textContent()).toBe('No device receives your notifications yet.');
    // Opening the settings asked nothing: only the button does.
    expect(asked).toBe(0);
    const helpNowPush = page.getByRole('switch', { name: 'Help-now requests: Push' });
    expect(await helpNowPush.isChecked()).toBe(false);
    expect(await page.getByRole('switch', { name: 'Security: Push' }).count()).toBe(0);

    await card.getByRole('button', { name: 'Turn on notifications' }).click();
    await expect.poll(() => state.getAttribute('data-state'), { timeout: 10_000 }).toBe('on');
    expect(asked).toBe(1);
    expect(await state.textContent()).toBe('This device receives your notifications.');
    const row = card.getByTestId('push-device-row');
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('This device');
    await expect.poll(() => helpNowPush.isChecked()).toBe(true);

    // Still on after a reload: the account lists a device whose endpoint hash is this browser's subscription's.
    await page.reload();
    await expect.poll(() => state.getAttribute('data-state'), { timeout: 10_000 }).toBe('on');

    await card.getByRole('button', { name: 'Turn off on this device' }).click();
    await expect.poll(() => state.getAttribute('data-state'), { timeout: 10_000 }).toBe('off');
    await card.getByTestId('push-device-list-empty').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('e2e.subscription'))).toBeNull();

    // On again, then signed out: the account forgets this browser and the browser drops its subscription.
    await card.getByRole('button', { name: 'Turn on notifications' }).click();
    await expect.poll(() => state.getAttribute('data-state'), { timeout: 10_000 }).toBe('on');
    await page.goto(`${baseUrl}/account`);
    await page.getByRole('main').getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${baseUrl}/`);
    const devices = () => database.db.query.pushSubscriptions.findMany({ where: (d, { eq }) => eq(d.userId, account.id) });
    await expect.poll(devices).toEqual([]);
    expect(await page.evaluate(() => localStorage.getItem('e2e.subscription'))).toBeNull();
    await context.close();
  });

  it('shows a pushed help-now request with Accept and Decline, and Accept opens it, accepts it and enters the room', async () => {
    const { context, page, offering } = await expertWithWorker('Ada Accept');
    const device = await registerDevice(context);
    await goAvailable(page);
    // Another page of the site: the one the worker shows the request in (it never takes the dashboard away).
    const other = await context.newPage();
    await other.goto(`${baseUrl}/bookings`);
    await other.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    const { asker, requestId } = await askForHelp(offering.id, 'Sam Asker');

    // What the server pushed for the request, as the device decrypts it, delivered to the worker.
    const { payload } = await pushService.nth(device, 1);
    expect(payload).toMatchObject({ kind: 'HELP_NOW_REQUESTS', helpRequestId: requestId });
    await deliverPush(context, page, payload);
    await expect
      .poll(() => shownNotifications(page), { timeout: 10_000 })
      .toEqual([
        {
          title: 'Someone needs help now',
          body: `“${offering.title}”: answer within a minute.`,
          tag: `help-request:${requestId}`,
          actions: [
            { action: 'accept', title: 'Accept' },
            { action: 'decline', title: 'Decline' },
          ],
        },
      ]);

    const visited: string[] = [];
    other.on(
      'framenavigated',
      (frame) => frame === other.mainFrame() && visited.push(new URL(frame.url()).pathname + new URL(frame.url()).search),
    );
    await clickNotification(context, `help-request:${requestId}`, 'accept');
    await other.waitForURL(/\/bookings\/[^/]+\/room$/, { timeout: 15_000 });
    expect(visited).toContain(`/help-requests/${requestId}?answer=accept`);
    const accepted = await requestNow(asker, requestId);
    expect(accepted?.status).toBe('ACCEPTED');
    expect(new URL(other.url()).pathname).toBe(`/bookings/${accepted?.booking?.id}/room`);
    expect(await shownNotifications(page)).toEqual([]);
    // The dashboard stayed where it was.
    expect(new URL(page.url()).pathname).toBe('/dashboard');
    expect(context.pages()).toHaveLength(2);
    // Accept again (a second device, a stale notification): the page says it is done, with the way into the room.
    await other.goto(`${baseUrl}/help-requests/${requestId}?answer=accept`);
    const closed = other.getByTestId('help-request-closed');
    await closed.waitFor({ timeout: 10_000 });
    expect(await closed.textContent()).toContain('You accepted this request');
    expect(await closed.getByRole('link', { name: 'Go to the session room' }).getAttribute('href')).toBe(
      `/bookings/${accepted?.booking?.id}/room`,
    );
    await context.close();
  });

  it('declines from the notification without opening a page, and the API says the request was declined', async () => {
    const { context, page, offering } = await expertWithWorker('Dora Decline');
    const device = await registerDevice(context);
    await goAvailable(page);
    const { asker, requestId } = await askForHelp(offering.id, 'Nina Asker');
    await deliverPush(context, page, (await pushService.nth(device, 1)).payload);
    await expect.poll(async () => (await shownNotifications(page)).length, { timeout: 10_000 }).toBe(1);

    await clickNotification(context, `help-request:${requestId}`, 'decline');
    await expect.poll(async () => (await requestNow(asker, requestId))?.status, { timeout: 10_000 }).toBe('DECLINED');
    // Nothing opened or moved, the notification is gone, and no "could not decline" took its place.
    expect(context.pages()).toHaveLength(1);
    expect(new URL(page.url()).pathname).toBe('/dashboard');
    expect(await shownNotifications(page)).toEqual([]);

    // Its Accept, tapped afterwards, says why it cannot, in the expert's language.
    await page.evaluate(() => localStorage.setItem('skillcall.language', 'fr'));
    await page.goto(`${baseUrl}/help-requests/${requestId}?answer=accept`);
    const closed = page.getByTestId('help-request-closed');
    await closed.waitFor({ timeout: 10_000 });
    expect(await closed.textContent()).toContain('Vous avez refusé cette demande');
    expect(await requestNow(asker, requestId).then((request) => request?.status)).toBe('DECLINED');
    await context.close();
  });

  it('registers a subscription the push service renewed, from the worker, and drops the old one', async () => {
    const { context, page, account } = await expertWithWorker('Rena Renewed');
    await registerDevice(context);
    const endpoints = async () =>
      (await database.db.query.pushSubscriptions.findMany({ where: (d, { eq }) => eq(d.userId, account.id) })).map((d) => d.endpoint);
    const [oldEndpoint] = await endpoints();
    const renewed = pushService.subscribe(`renewed-${randomUUID()}`);

    // Chromium never fires pushsubscriptionchange: the test dispatches it as Firefox would, with both subscriptions.
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await worker.evaluate(
      ({ renewed, oldEndpoint }) => {
        const scope = globalThis as unknown as { dispatchEvent(event: Event): boolean; ExtendableEvent: new (type: string) => Event };
        const event = new scope.ExtendableEvent('pushsubscriptionchange');
        const keys = { p256dh: renewed.p256dh, auth: renewed.auth };
        Object.defineProperties(event, {
          newSubscription: { value: { endpoint: renewed.endpoint, toJSON: () => ({ endpoint: renewed.endpoint, keys }) } },
          oldSubscription: { value: { endpoint: oldEndpoint } },
        });
        scope.dispatchEvent(event);
      },
      { renewed, oldEndpoint },
    );

    await expect.poll(endpoints, { timeout: 10_000 }).toEqual([renewed.endpoint]);
    const { me } = await (await Api.of(context)).run(MyPushDevicesDocument, {});
    expect(me?.pushDevices?.map((device) => device.label)).toEqual([expect.stringMatching(/Chrome/)]);
    expect(new URL(page.url()).pathname).toBe('/dashboard');
    await context.close();
  });
});
