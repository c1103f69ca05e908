/**
 * Notification preferences: the viewer's choices per kind and channel, the signed unsubscribe link of each mail
 * that may be turned off, and `mailWanted`, which `sendEmail` asks before every mail.
 */
import type { Context, SignedInContext } from '../../platform/context';
import {
  canTurnOff,
  enabledByDefault,
  expertKinds,
  isNotificationKind,
  kindOfTemplate,
  notificationChannels,
  notificationKinds,
  type NotificationChannel,
  type NotificationKind,
} from './notification-kinds';
import { localeOfUser, preferencesOf, recipientChoice, upsertPreference, type ChannelColumns } from './preference.queries';
import type { NotificationPreferenceRow } from './preference.table';
import {
  InvalidUnsubscribeLinkError,
  NotificationAlwaysOnError,
  NotificationPreference,
  SetNotificationPreferenceSuccess,
  SetNotificationPreferenceWithTokenSuccess,
  UnknownNotificationKindError,
  type SetNotificationPreferenceInput,
  type SetNotificationPreferenceWithTokenInput,
} from './preference.types';
import { signUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';

/** The column that stores a channel. */
const columnOf: Record<NotificationChannel, keyof ChannelColumns> = { EMAIL: 'email' };

/** Whether a channel of a kind is on: always for kinds that cannot be turned off, else the choice or the default. */
function isEnabled(kind: NotificationKind, channel: NotificationChannel, stored: boolean | null | undefined): boolean {
  if (!canTurnOff(kind)) return true;
  return stored ?? enabledByDefault(kind);
}

function toPreference(kind: NotificationKind, row: NotificationPreferenceRow | undefined): NotificationPreference {
  return Object.assign(new NotificationPreference(), {
    kind,
    canTurnOff: canTurnOff(kind),
    channels: notificationChannels.map((channel) => ({ channel, enabled: isEnabled(kind, channel, row?.[columnOf[channel]]) })),
  });
}

/** Every kind the viewer may hear about (the experts' own ones for experts only), with each channel on or off. */
export async function viewerNotificationPreferences(ctx: SignedInContext): Promise<NotificationPreference[]> {
  const rows = new Map((await preferencesOf(ctx.db, ctx.viewer.userId)).map((row) => [row.kind, row]));
  const expert = ctx.viewer.roles.includes('EXPERT');
  return notificationKinds.filter((kind) => expert || !expertKinds.includes(kind)).map((kind) => toPreference(kind, rows.get(kind)));
}

async function setChannel(ctx: Context, userId: string, kind: NotificationKind, channel: NotificationChannel, enabled: boolean) {
  const row = await upsertPreference(ctx.db, userId, kind, { [columnOf[channel]]: enabled }, ctx.clock.now());
  ctx.logger.info({ kind, channel, enabled, requestId: ctx.requestId }, 'notification preference set');
  return toPreference(kind, row);
}

export async function setNotificationPreference(ctx: SignedInContext, input: SetNotificationPreferenceInput) {
  if (!isNotificationKind(input.kind)) return new UnknownNotificationKindError(`There is no notification kind named ${input.kind}.`);
  if (!canTurnOff(input.kind)) {
    if (input.enabled) return Object.assign(new SetNotificationPreferenceSuccess(), { preference: toPreference(input.kind, undefined) });
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
  if (!isEnabled(kind, 'EMAIL', recipient.email)) return { wanted: false };
  return { wanted: true, unsubscribeUrl: unsubscribeUrl(ctx, recipient.userId, kind) };
}
