/**
 * Notification preferences: the viewer's choices per kind and channel, the signed unsubscribe link of each mail
 * that may be turned off, and `mailWanted`, which `sendEmail` asks before every mail.
 */
import type { Context, SignedInContext } from '../../platform/context';
import {
  canPush,
  canTurnOff,
  channelsOf,
  enabledByDefault,
  expertKinds,
  isNotificationKind,
  kindOfTemplate,
  notificationKinds,
  type NotificationChannel,
  type NotificationKind,
} from './notification-kinds';
import { localeOfUser, preferencesOf, recipientChoice, upsertPreference, type ChannelColumns } from './preference.queries';
import type { NotificationPreferenceRow } from './preference.table';
import { hasPushDevice } from './push.queries';
import {
  InvalidUnsubscribeLinkError,
  NotificationAlwaysOnError,
  NotificationChannelNotOfferedError,
  NotificationPreference,
  SetNotificationPreferenceSuccess,
  SetNotificationPreferenceWithTokenSuccess,
  UnknownNotificationKindError,
  type SetNotificationPreferenceInput,
  type SetNotificationPreferenceWithTokenInput,
} from './preference.types';
import { signUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';

/** The column that stores a channel. */
const columnOf: Record<NotificationChannel, keyof ChannelColumns> = { EMAIL: 'email', PUSH: 'push' };

/**
 * Whether a channel of a kind is on: never for a channel the kind is not offered on, always for kinds that cannot be
 * turned off, else the choice or the default (push: on once the person has a device).
 */
function isEnabled(kind: NotificationKind, channel: NotificationChannel, stored: boolean | null | undefined, hasDevice: boolean): boolean {
  if (!channelsOf(kind).includes(channel)) return false;
  if (!canTurnOff(kind)) return true;
  return stored ?? enabledByDefault(kind, channel, hasDevice);
}

function toPreference(kind: NotificationKind, row: NotificationPreferenceRow | undefined, hasDevice: boolean): NotificationPreference {
  return Object.assign(new NotificationPreference(), {
    kind,
    canTurnOff: canTurnOff(kind),
    channels: channelsOf(kind).map((channel) => ({ channel, enabled: isEnabled(kind, channel, row?.[columnOf[channel]], hasDevice) })),
  });
}

/** Every kind the viewer may hear about (the experts' own ones for experts only), with each channel on or off. */
export async function viewerNotificationPreferences(ctx: SignedInContext): Promise<NotificationPreference[]> {
  const rows = new Map((await preferencesOf(ctx.db, ctx.viewer.userId)).map((row) => [row.kind, row]));
  const hasDevice = await hasPushDevice(ctx.db, ctx.viewer.userId);
  const expert = ctx.viewer.roles.includes('EXPERT');
  return notificationKinds
    .filter((kind) => expert || !expertKinds.includes(kind))
    .map((kind) => toPreference(kind, rows.get(kind), hasDevice));
}

async function setChannel(ctx: Context, userId: string, kind: NotificationKind, channel: NotificationChannel, enabled: boolean) {
  const row = await upsertPreference(ctx.db, userId, kind, { [columnOf[channel]]: enabled }, ctx.clock.now());
  ctx.logger.info({ kind, channel, enabled, requestId: ctx.requestId }, 'notification preference set');
  return toPreference(kind, row, await hasPushDevice(ctx.db, userId));
}

export async function setNotificationPreference(ctx: SignedInContext, input: SetNotificationPreferenceInput) {
  if (!isNotificationKind(input.kind)) return new UnknownNotificationKindError(`There is no notification kind named ${input.kind}.`);
  if (!channelsOf(input.kind).includes(input.channel)) {
    return new NotificationChannelNotOfferedError(`${input.kind} notifications are not offered as ${input.channel}.`);
  }
  if (!canTurnOff(input.kind)) {
    if (input.enabled) {
      const preference = toPreference(input.kind, undefined, await hasPushDevice(ctx.db, ctx.viewer.userId));
      return Object.assign(new SetNotificationPreferenceSuccess(), { preference });
    }
    return new NotificationAlwaysOnError(`${input.kind} notifications always go out.`);
  }
  const preference = await setChannel(ctx, ctx.viewer.userId, input.kind, input.channel, input.enabled);
  return Object.assign(new SetNotificationPreferenceSuccess(), { preference });
}

/** The account and kind a link's token names, or null when it is not a valid link to a kind that can be turned off. */
export function readUnsubscribeToken(ctx: Context, token: string) {
  const named = verifyUnsubscribeToken(ctx.config.mailLinkSecret, token);
  return named && canTurnOff(named.kind) ? named : null;
}

const invalidLink = () => new InvalidUnsubscribeLinkError('This unsubscribe link is not valid.');

/** The link's POST (RFC 8058 one-click) and its page: email of the named kind off, or back on. No one signs in: the token is the proof. */
export async function setEmailPreferenceWithToken(ctx: Context, input: SetNotificationPreferenceWithTokenInput) {
  const named = readUnsubscribeToken(ctx, input.token);
  const locale = named && (await localeOfUser(ctx.db, named.userId));
  if (!named || !locale) return invalidLink();
  const preference = await setChannel(ctx, named.userId, named.kind, 'EMAIL', input.enabled);
  return Object.assign(new SetNotificationPreferenceWithTokenSuccess(), { preference, locale });
}

/** The address of the unsubscribe link of one kind for one account (the SPA's page; a POST there is the one-click). */
export function unsubscribeUrl(ctx: Context, userId: string, kind: NotificationKind): string {
  return `${ctx.config.publicUrl}/unsubscribe/${signUnsubscribeToken(ctx.config.mailLinkSecret, userId, kind)}`;
}

/**
 * Whether the recipient of a mail wants it, asked before every mail: not when its account turned that kind of email
 * off. For a kind they may turn off, the unsubscribe link to put in the mail (List-Unsubscribe, footer). Mail to an
 * address with no account (or a template no kind claims) goes out as always, without a link.
 */
export async function mailWanted(
  ctx: Context,
  mail: { to: string; template: string },
): Promise<{ wanted: boolean; unsubscribeUrl?: string }> {
  const kind = kindOfTemplate(mail.template);
  if (!kind || !canTurnOff(kind)) return { wanted: true };
  const recipient = await recipientChoice(ctx.db, mail.to, kind);
  if (!recipient) return { wanted: true };
  if (!isEnabled(kind, 'EMAIL', recipient.email, false)) return { wanted: false };
  return { wanted: true, unsubscribeUrl: unsubscribeUrl(ctx, recipient.userId, kind) };
}

/**
 * Whether an account wants a kind as push, asked before queuing one: only kinds that can push, and only when it did not
 * turn that kind's push off (on by default: whoever has a device registered it to be told).
 */
export async function pushWanted(ctx: Context, userId: string, kind: NotificationKind): Promise<boolean> {
  if (!canPush(kind) || !ctx.adapters.push) return false;
  const rows = await preferencesOf(ctx.db, userId);
  return isEnabled(kind, 'PUSH', rows.find((row) => row.kind === kind)?.push, true);
}
