/**
 * What a push message from the API carries, and the notification it becomes (issue 23, "Push notifications"; the
 * payload is the seam agreed with the server side: JSON, strings already in the recipient's language, nothing beyond
 * what the notification shows). Pure: the service worker (push-worker.ts) imports it, and so do its tests.
 *
 * A payload that is not one of ours (no data, not JSON, an unknown version or kind, a link to another site) still
 * shows a notification: a generic "Skillcall: something happened" that opens the home page. The subscription
 * promises the browser that every push is shown (`userVisibleOnly`); a push that shows nothing makes Chromium show its
 * own "This site has been updated in the background" and counts against the site, so ignoring one is not harmless,
 * and the generic one says nothing a bad payload could make up.
 */
import * as z from 'zod/mini';

export const pushKinds = ['HELP_NOW_REQUESTS', 'BOOKING_CHANGES', 'REMINDERS', 'MESSAGES', 'PAYOUTS'] as const;
export type PushKind = (typeof pushKinds)[number];

/** The app's icon, and the monochrome one phones show in the status bar (build/app-icons.ts draws both). */
export const notificationIcons = { icon: '/icons/icon-192.png', badge: '/icons/badge-96.png' } as const;

/**
 * A path of this site (`/bookings/1`, `/help-requests/2?answer=accept`): it starts with one slash, and holds no
 * backslash or white space, which browsers drop or read as a slash (`/\evil.example`, `/\t/evil.example`).
 */
export function isSitePath(value: string): boolean {
  return /^\/(?![/\\])[^\s\\]*$/.test(value);
}

const sitePath = z.string().check(z.maxLength(2048), z.refine(isSitePath));
const text = (max: number) => z.string().check(z.maxLength(max));

const payloadSchema = z.object({
  v: z.literal(1),
  kind: z.enum(pushKinds),
  title: text(200).check(z.minLength(1)),
  body: text(1000),
  url: sitePath,
  tag: text(200).check(z.minLength(1)),
  timestamp: z.number().check(z.nonnegative()),
  helpRequestId: z.optional(text(100).check(z.minLength(1))),
  actions: z.optional(
    z.array(z.object({ action: z.enum(['accept', 'decline']), title: text(100).check(z.minLength(1)) })).check(z.maxLength(2)),
  ),
  // The language its strings are in (the recipient's locale; the server sends it, an older queued push may not).
  lang: z.optional(z.enum(['en', 'fr'])),
});

export type PushPayload = z.infer<typeof payloadSchema>;

/** The payload, or null when the push is not one of ours (see the header). */
export function parsePushPayload(json: unknown): PushPayload | null {
  const parsed = payloadSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** What a notification keeps for its click (notification-click.ts reads it back). */
export interface NotificationData {
  url: string;
  kind?: PushKind;
  helpRequestId?: string;
}

/** The notification options browsers take; TypeScript's DOM types leave out those not every browser shows. */
export interface ShownNotificationOptions extends NotificationOptions {
  data: NotificationData;
  actions?: { action: string; title: string }[];
  timestamp?: number;
  renotify?: boolean;
}

export interface ShownNotification {
  title: string;
  options: ShownNotificationOptions;
}

/**
 * The notification for a payload. A help-now request keeps ringing until it is answered or dismissed (a person is
 * waiting, for a minute at most) and carries Accept and Decline; a later push with the same tag replaces the earlier
 * one, and alerts again.
 */
export function notificationFor(payload: PushPayload): ShownNotification {
  const helpRequest = payload.kind === 'HELP_NOW_REQUESTS' && payload.helpRequestId ? payload.helpRequestId : undefined;
  return {
    title: payload.title,
    options: {
      body: payload.body,
      ...notificationIcons,
      tag: payload.tag,
      renotify: true,
      timestamp: payload.timestamp,
      lang: payload.lang ?? '',
      dir: 'auto',
      requireInteraction: helpRequest !== undefined,
      data: { url: payload.url, kind: payload.kind, ...(helpRequest ? { helpRequestId: helpRequest } : {}) },
      ...(helpRequest && payload.actions?.length ? { actions: payload.actions.map(({ action, title }) => ({ action, title })) } : {}),
    },
  };
}

/** The strings the worker shows on its own (from the locales' `serviceWorker` keys). */
export interface WorkerStrings {
  genericTitle: string;
  genericBody: string;
  declineClosed: string;
  declineSignedOut: string;
  declineFailed: string;
}

/** For a push that is not one of ours: it names the site and opens its home page, nothing more. */
export function genericNotification(strings: WorkerStrings, lang: string, now: number): ShownNotification {
  return {
    title: strings.genericTitle,
    options: { body: strings.genericBody, ...notificationIcons, tag: 'skillcall', timestamp: now, lang, dir: 'auto', data: { url: '/' } },
  };
}
