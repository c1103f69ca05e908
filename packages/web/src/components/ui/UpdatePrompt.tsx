/**
 * The service worker (build/pwa.ts) and the "new version" notice, kept out of a first visit's download: a page no
 * worker controls yet (a first visit) has no update to announce, so it registers the worker with the browser's own
 * `navigator.serviceWorker.register` once the page has loaded, and loads UpdateWatcher (vite-plugin-pwa's register
 * with workbox-window, and the notice) only if a newer worker is waiting before the tab closes. A page a worker
 * controls (every later visit, the files then come from its cache) loads UpdateWatcher at once. Hand-written for that
 * one call and one event: workbox-window (2 kB gzipped) would otherwise be in every first download.
 */
import { lazy, Suspense, useEffect, useState } from 'react';

const UpdateWatcher = lazy(() => import('./UpdateWatcher'));

/** The worker vite-plugin-pwa writes (build/pwa.ts), at the scope it registers it with. */
const serviceWorkerUrl = '/sw.js';

/**
 * Registers the worker after the page's load event and calls `onUpdateWaiting` when a newer worker than the one
 * active has installed and waits. Returns what stops listening.
 */
function registerOnFirstVisit(onUpdateWaiting: () => void): () => void {
  let stopped = false;
  const register = () => {
    navigator.serviceWorker.register(serviceWorkerUrl, { scope: '/' }).then(
      (registration) => {
        registration.addEventListener('updatefound', () => {
          const worker = registration.installing;
          // The first worker's install is not an update.
          if (!worker || !registration.active) return;
          worker.addEventListener('statechange', () => {
            if (worker.state === 'installed' && !stopped) onUpdateWaiting();
          });
        });
      },
      // As vite-plugin-pwa does: without a worker the app works, uncached.
      () => undefined,
    );
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
  return () => {
    stopped = true;
    window.removeEventListener('load', register);
  };
}

export function UpdatePrompt() {
  const supported = typeof navigator !== 'undefined' && 'serviceWorker' in navigator;
  const [watching, setWatching] = useState(() => supported && navigator.serviceWorker.controller !== null);
  useEffect(() => {
    if (!supported || watching) return;
    return registerOnFirstVisit(() => setWatching(true));
  }, [supported, watching]);
  return watching ? (
    <Suspense>
      <UpdateWatcher />
    </Suspense>
  ) : null;
}
