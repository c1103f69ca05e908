/** Domain error codes of notification preferences, each with the description partners read in the schema. */
export const notificationsErrorCodes = {
  NOTIFICATION_ALWAYS_ON: 'Security, billing and account notifications cannot be turned off.',
  UNKNOWN_NOTIFICATION_KIND: 'No notification kind has this name (the kinds are the values of `NotificationKind`).',
  INVALID_UNSUBSCRIBE_LINK: 'The unsubscribe link is malformed or altered, was not made by this server, or its account is gone.',
  NOTIFICATION_CHANNEL_NOT_OFFERED:
    'This kind of notification is not offered on this channel (push is for help-now requests, booking changes, reminders, messages and payouts).',
  INVALID_PUSH_ENDPOINT:
    'The push endpoint is not one this server sends to: it must be an https URL (http only on a loopback address outside production).',
  TOO_MANY_PUSH_DEVICES: 'The account has as many push devices as allowed; remove one (`removePushDeviceById`) before adding another.',
} as const;
