import { ErrorCode } from '../../error-codes';
import { Field, InputType, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { DomainError } from '../../platform/graphql/domain-error';
import { Locale } from '../identity/identity.types';
import type { Locale as LocaleName } from '../identity/identity.policy';
import type { NotificationChannel as ChannelName, NotificationKind as KindName } from './notification-kinds';

export enum NotificationKind {
  BOOKING_CHANGES = 'BOOKING_CHANGES',
  REMINDERS = 'REMINDERS',
  HELP_NOW_REQUESTS = 'HELP_NOW_REQUESTS',
  MESSAGES = 'MESSAGES',
  REVIEWS = 'REVIEWS',
  PAYOUTS = 'PAYOUTS',
  PRODUCT_NEWS = 'PRODUCT_NEWS',
  SECURITY = 'SECURITY',
  BILLING = 'BILLING',
  ACCOUNT = 'ACCOUNT',
}
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about; each email belongs to one kind.',
  valuesConfig: {
    BOOKING_CHANGES: { description: 'A booking confirmed, held for payment, moved, cancelled or released.' },
    REMINDERS: { description: 'Reminders before a session starts.' },
    HELP_NOW_REQUESTS: { description: 'Experts: someone asks for help right now.' },
    MESSAGES: { description: 'Messages from the other participant.' },
    REVIEWS: { description: 'Reviews of your sessions and their replies.' },
    PAYOUTS: { description: 'Experts: payouts of your earnings.' },
    PRODUCT_NEWS: { description: 'News about Skillcall (off unless turned on).' },
    SECURITY: { description: 'Password changes and resets. Always on.' },
    BILLING: { description: 'Receipts and refunds. Always on.' },
    ACCOUNT: { description: 'Your account and your own requests: welcome, expert application, data export. Always on.' },
  },
});

export enum NotificationChannel {
  EMAIL = 'EMAIL',
  PUSH = 'PUSH',
}
registerEnumType(NotificationChannel, {
  name: 'NotificationChannel',
  description: 'How a person is told.',
  valuesConfig: {
    EMAIL: { description: 'An email to the account’s address.' },
    PUSH: {
      description:
        'A push notification to every device registered with `registerPushDevice`. Offered for help-now requests, booking changes, reminders, messages and payouts; on by default once a device is registered.',
    },
  },
});

@ObjectType({ description: 'Whether one channel of one kind is on.' })
export class NotificationChannelSetting {
  @Field(() => NotificationChannel, { description: 'The channel.' })
  channel!: ChannelName;

  @Field(() => Boolean, { description: 'Whether notifications of this kind come through this channel.' })
  enabled!: boolean;
}

@ObjectType({ description: 'The viewer’s choice for one kind of notification, per channel.' })
export class NotificationPreference {
  @Field(() => NotificationKind, { description: 'The kind.' })
  kind!: KindName;

  @Field(() => Boolean, { description: 'False for security, billing and account notifications: they always go out.' })
  canTurnOff!: boolean;

  @Field(() => [NotificationChannelSetting], {
    description: 'Every channel this kind is offered on (push only for the kinds that can push), on or off.',
  })
  channels!: NotificationChannelSetting[];
}

@InputType({ description: 'Turn one kind of notification on or off on one channel.' })
export class SetNotificationPreferenceInput {
  @Field(() => String, { description: 'A `NotificationKind` value; another name gets `UnknownNotificationKindError`.' })
  kind!: string;

  @Field(() => NotificationChannel, { description: 'The channel.' })
  channel!: ChannelName;

  @Field(() => Boolean, { description: 'True to be told, false not to be.' })
  enabled!: boolean;
}

@ObjectType({ description: 'The preference as it now stands.' })
export class SetNotificationPreferenceSuccess {
  @Field(() => NotificationPreference, { description: 'The kind with its channels.' })
  preference!: NotificationPreference;
}

@ObjectType({ implements: DomainError, description: 'This kind always goes out (security, billing, account); nothing was changed.' })
export class NotificationAlwaysOnError extends DomainError {
  override readonly code = ErrorCode.NOTIFICATION_ALWAYS_ON;
}

@ObjectType({ implements: DomainError, description: 'No kind has this name; nothing was changed.' })
export class UnknownNotificationKindError extends DomainError {
  override readonly code = ErrorCode.UNKNOWN_NOTIFICATION_KIND;
}

@ObjectType({
  implements: DomainError,
  description: 'This kind is not offered on this channel (e.g. reviews as push); nothing was changed.',
})
export class NotificationChannelNotOfferedError extends DomainError {
  override readonly code = ErrorCode.NOTIFICATION_CHANNEL_NOT_OFFERED;
}

export const SetNotificationPreferenceResult = createUnionType({
  name: 'SetNotificationPreferenceResult',
  description: 'The preference as it now stands, or why it was not changed.',
  types: () =>
    [
      SetNotificationPreferenceSuccess,
      NotificationAlwaysOnError,
      UnknownNotificationKindError,
      NotificationChannelNotOfferedError,
    ] as const,
});

@InputType({ description: 'Turn a kind of email off (or back on) with the signed token of an unsubscribe link, without signing in.' })
export class SetNotificationPreferenceWithTokenInput {
  @Field(() => String, { description: 'The token: the last part of the link’s path, `/unsubscribe/<token>`.' })
  token!: string;

  @Field(() => Boolean, { description: 'False to unsubscribe; true to undo it.' })
  enabled!: boolean;
}

@ObjectType({ description: 'The kind the link names, as it now stands, and the language of its account.' })
export class SetNotificationPreferenceWithTokenSuccess {
  @Field(() => NotificationPreference, { description: 'The kind with its channels.' })
  preference!: NotificationPreference;

  @Field(() => Locale, { description: 'The language of the account the link was sent to, to confirm in it.' })
  locale!: LocaleName;
}

@ObjectType({ implements: DomainError, description: 'The link is malformed, altered or not this server’s, or its account is gone.' })
export class InvalidUnsubscribeLinkError extends DomainError {
  override readonly code = ErrorCode.INVALID_UNSUBSCRIBE_LINK;
}

export const SetNotificationPreferenceWithTokenResult = createUnionType({
  name: 'SetNotificationPreferenceWithTokenResult',
  description: 'The preference as it now stands, or why the link was refused.',
  types: () => [SetNotificationPreferenceWithTokenSuccess, InvalidUnsubscribeLinkError] as const,
});
