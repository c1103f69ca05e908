/** Domain error codes of notification preferences, each with the description partners read in the schema. */
export const notificationsErrorCodes = {
  NOTIFICATION_ALWAYS_ON: 'Security, billing and account notifications cannot be turned off.',
  UNKNOWN_NOTIFICATION_KIND: 'No notification kind has this name (the kinds are the values of `NotificationKind`).',
  INVALID_UNSUBSCRIBE_LINK: 'The unsubscribe link is malformed or altered, was not made by this server, or its account is gone.',
} as const;
