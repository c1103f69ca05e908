import { useNotifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';

const Notifications = lazy(async () => ({ default: (await import('./NotificationsContainer')).NotificationsContainer }));

/**
 * Mantine's toasts, whose container (and its transitions) loads with the first toast shown: most visits show none.
 * The store behind Mantine's `show()` is always there, so a toast shown before the container arrives is shown when it
 * does. (Quoting the store's name with a dot here would read as a string key and put the whole `notifications` group
 * of strings in every first download: build/strings-per-chunk.ts reads comments too.)
 */
export function DeferredNotifications({ position }: { position: 'bottom-right' }) {
  const { notifications, queue } = useNotifications();
  const [wanted, setWanted] = useState(false);
  if (!wanted && notifications.length + queue.length > 0) setWanted(true);
  return wanted ? (
    <Suspense>
      <Notifications position={position} />
    </Suspense>
  ) : null;
}
