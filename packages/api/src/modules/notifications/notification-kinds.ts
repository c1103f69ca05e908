/**
 * What a person is told about, by kind, and which kinds they may turn off. Every mail template belongs to exactly one
 * kind here (`notification-kinds.test.ts` fails on a template left out): a new template is added to `templateKinds`.
 */
import type { MailTemplate } from './templates';

/** The kinds a person chooses to hear about, or not. */
export const optionalKinds = [
  'BOOKING_CHANGES',
  'REMINDERS',
  'HELP_NOW_REQUESTS',
  'MESSAGES',
  'REVIEWS',
  'PAYOUTS',
  'PRODUCT_NEWS',
] as const;

/**
 * The kinds that always go out: what keeps an account safe (security), what the law and trust need about money
 * (billing: receipts, refunds) and what answers the person's own request (account: welcome, expert application,
 * data export, address verification).
 */
export const alwaysOnKinds = ['SECURITY', 'BILLING', 'ACCOUNT'] as const;

export const notificationKinds = [...optionalKinds, ...alwaysOnKinds] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** How a person may be told: each is a column of the same preferences row (in-app will be one more). */
export const notificationChannels = ['EMAIL', 'PUSH'] as const;
export type NotificationChannel = (typeof notificationChannels)[number];

/**
 * The kinds that may reach a phone or browser as a push notification (the one place this is decided): what is worth
 * interrupting someone for. The others are email only, and their preferences do not offer the PUSH channel.
 */
export const pushKinds = [
  'HELP_NOW_REQUESTS',
  'BOOKING_CHANGES',
  'REMINDERS',
  'MESSAGES',
  'PAYOUTS',
] as const satisfies readonly NotificationKind[];
export type PushKind = (typeof pushKinds)[number];

export function canPush(kind: NotificationKind): kind is PushKind {
  return (pushKinds as readonly string[]).includes(kind);
}

/** The channels a kind is offered on: push only for `pushKinds`. */
export function channelsOf(kind: NotificationKind): readonly NotificationChannel[] {
  return canPush(kind) ? notificationChannels : ['EMAIL'];
}

export const templateKinds: Record<MailTemplate, NotificationKind> = {
  welcome: 'ACCOUNT',
  welcomeConfirmEmail: 'SECURITY',
  confirmEmail: 'SECURITY',
  emailChangeConfirm: 'SECURITY',
  emailChangeRequested: 'SECURITY',
  emailChanged: 'SECURITY',
  passwordReset: 'SECURITY',
  passwordChanged: 'SECURITY',
  applicationApproved: 'ACCOUNT',
  applicationRejected: 'ACCOUNT',
  applicationChangesRequested: 'ACCOUNT',
  bookingConfirmed: 'BOOKING_CHANGES',
  bookingPendingPayment: 'BOOKING_CHANGES',
  bookingRescheduled: 'BOOKING_CHANGES',
  bookingCancelled: 'BOOKING_CHANGES',
  bookingExpired: 'BOOKING_CHANGES',
  bookingReminder: 'REMINDERS',
  paymentReceipt: 'BILLING',
  refundRequested: 'BILLING',
  refundGranted: 'BILLING',
  refundDeclined: 'BILLING',
  dataExportReady: 'ACCOUNT',
};

/** The kind of a template; undefined for one nobody mapped yet (the test refuses that; mail is then sent as always-on). */
export function kindOfTemplate(template: string): NotificationKind | undefined {
  return (templateKinds as Record<string, NotificationKind | undefined>)[template];
}

export function isNotificationKind(value: string): value is NotificationKind {
  return (notificationKinds as readonly string[]).includes(value);
}

export function canTurnOff(kind: NotificationKind): boolean {
  return (optionalKinds as readonly string[]).includes(kind);
}

/** Kinds only experts hear about: the others do not see them in their settings. */
export const expertKinds: readonly NotificationKind[] = ['HELP_NOW_REQUESTS', 'PAYOUTS'];

/**
 * Whether a kind is on when the person never chose. Everything is, except product news: marketing mail needs the
 * person's consent first (opt-in, as the ePrivacy rules ask), while the rest is what they signed up to be told.
 * Push is on by default for the kinds that can push once the person registered a device (`hasPushDevice`): turning
 * push on in the browser is the consent, and a person without a device is shown it off.
 */
export function enabledByDefault(kind: NotificationKind, channel: NotificationChannel = 'EMAIL', hasPushDevice = false): boolean {
  if (channel === 'PUSH') return canPush(kind) && hasPushDevice;
  return kind !== 'PRODUCT_NEWS';
}
