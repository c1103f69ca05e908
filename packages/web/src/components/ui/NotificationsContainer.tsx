/** Mantine's toast container on its own, for DeferredNotifications to load when the first toast shows. */
export { Notifications as NotificationsContainer } from '@mantine/notifications';
