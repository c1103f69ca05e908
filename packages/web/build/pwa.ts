/**
 * The installable app (vite-plugin-pwa, Workbox underneath): the web app manifest and a generated service worker.
 *
 * What the worker does, and what it never does:
 * - Precaches the app shell: the scripts and styles index.html loads, the offline page and the icons.
 * - Caches the build's hashed files (/assets/…) as they are used (a name never changes content: cache first).
 * - Navigations always go to the network (fresh HTML, the server's page meta and status); only when the network
 *   fails does it answer with /offline.html, which says that nothing live works offline. It never serves an old
 *   index.html, so a new build shows on the next navigation, and the open tab offers to reload (UpdatePrompt).
 * - The server's own paths are never intercepted: GraphQL (HTTP and WebSocket), /api, collaboration, receipts, invoices,
 *   calendars, recordings, message images, exports, statements and VAT reports, webhooks, sign-in providers (/auth), one-click unsubscribe, /metrics and the
 *   health checks (SERVER_PATHS below). Nothing but GETs of the files above is ever routed, so API calls pass through
 *   untouched.
 * - Push notifications: their handling (`push`, `notificationclick`, `pushsubscriptionchange`) is a script of its own
 *   (src/service-worker/push-worker.ts, built by build/push-worker.ts just before Workbox writes sw.js), which sw.js
 *   loads with `importScripts`. It adds no caching and routes nothing.
 */
import type { Plugin } from 'vite';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { appIcons } from './app-icons';
import { buildPushWorker } from './push-worker';

export function pwa({ themeColor, backgroundColor, distDir }: { themeColor: string; backgroundColor: string; distDir: string }): Plugin[] {
  const manifest: Partial<ManifestOptions> & { translations?: Record<string, Partial<ManifestOptions>> } = {
    id: '/',
    name: 'Skillcall — live help from experts',
    short_name: 'Skillcall',
    description: 'Live help from real experts, over video.',
    lang: 'en',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: themeColor,
    background_color: backgroundColor,
    categories: ['education', 'productivity'],
    icons: appIcons,
    shortcuts: [
      { name: 'Find help', short_name: 'Find help', url: '/search', icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }] },
      { name: 'My bookings', short_name: 'Bookings', url: '/bookings', icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }] },
    ],
    // A manifest has one language; browsers that read the proposed `translations` member show French to French
    // speakers (the app itself follows the visitor's language either way).
    translations: {
      fr: {
        name: 'Skillcall — de l’aide en direct par des experts',
        short_name: 'Skillcall',
        description: 'De l’aide en direct, en vidéo, par de vrais experts.',
        shortcuts: [
          { name: 'Trouver de l’aide', url: '/search' },
          { name: 'Mes réservations', url: '/bookings' },
        ],
      },
    },
  };

  // The browser's toolbar colour, from the same theme colour as the manifest.
  const themeColorMeta: Plugin = {
    name: 'skillcall:theme-color',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { name: 'theme-color', content: themeColor }, injectTo: 'head' }],
  };

  return [
    themeColorMeta,
    ...VitePWA({
      registerType: 'prompt',
      // Registered by src/components/ui/UpdatePrompt.tsx (the browser's own call on a first visit, else UpdateWatcher.tsx
      // with virtual:pwa-register/react, which also asks to reload).
      injectRegister: false,
      manifest: manifest as Partial<ManifestOptions>,
      includeManifestIcons: false,
      integration: {
        // Runs once the app is written to dist/, right before Workbox generates sw.js.
        beforeBuildServiceWorker: async (options) => {
          options.workbox.importScripts = [await buildPushWorker(distDir)];
        },
      },
      workbox: {
        globPatterns: ['offline.html', 'favicon.svg', 'icons/*.png', 'assets/*.{js,css}'],
        // The shell only: of the build's chunks, those index.html loads; pages' chunks are cached when first opened.
        manifestTransforms: [
          async (entries) => {
            const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
            const shell = new Set([...html.matchAll(/(?:href|src)="\/(assets\/[^"]+)"/g)].map((m) => m[1]));
            return { manifest: entries.filter((entry) => !entry.url.startsWith('assets/') || shell.has(entry.url)), warnings: [] };
          },
        ],
        navigateFallback: null,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            // Serialized into sw.js: self-contained. SERVER_PATHS: the API's own addresses, never intercepted.
            urlPattern: ({ request, url }) =>
              request.mode === 'navigate' &&
              !/^\/(graphql|api|collab|collaboration|receipts|invoices|calendar|session-recordings|messages\/images|data-exports|statements|vat-reports|webhooks|auth|unsubscribe|metrics|healthz|readyz)(\/|$)/.test(
                url.pathname,
              ),
            handler: 'NetworkOnly',
            options: { precacheFallback: { fallbackURL: '/offline.html' } },
          },
          {
            urlPattern: ({ url }) => url.pathname.startsWith('/assets/'),
            handler: 'CacheFirst',
            options: { cacheName: 'skillcall-assets', expiration: { maxEntries: 400, maxAgeSeconds: 60 * 60 * 24 * 60 } },
          },
        ],
      },
    }),
  ];
}
