/** Mantine's toast container on its own, for DeferredNotifications to load when the first toast shows. */
import { Notifications, type NotificationsProps } from '@mantine/notifications';
import classes from './NotificationsContainer.module.css';

/** Above the bottom navigation on a phone (NotificationsContainer.module.css). */
export function NotificationsContainer(props: NotificationsProps) {
  return <Notifications {...props} classNames={{ root: classes.root }} />;
}
