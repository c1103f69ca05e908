import { lazy, Suspense } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';

/** The notice and its floating paper: downloaded only when there is an update to announce. */
const UpdateReadyNotice = lazy(async () => ({ default: (await import('./UpdateReadyNotice')).UpdateReadyNotice }));

/**
 * Registers the service worker (build/pwa.ts) through vite-plugin-pwa and workbox-window, and when a newer build's
 * worker is waiting, says so with a Reload button: the open tab runs the old code until then (navigations always fetch
 * fresh pages, so nothing stale is shown meanwhile). Nothing shows otherwise. UpdatePrompt loads it, with
 * workbox-window, on a page a worker already controls or once a newer worker is waiting.
 */
export default function UpdateWatcher() {
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  // The page reloads once the new worker controls it. vite-plugin-pwa reloads by itself only in a tab that had a
  // worker when it opened, not in one opened on a first visit, so the reload is asked for here.
  const reload = () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    void updateServiceWorker(true);
  };
  return (
    <Suspense>
      <UpdateReadyNotice onReload={reload} />
    </Suspense>
  );
}
