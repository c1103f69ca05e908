import { fileURLToPath } from 'node:url';
import { constants as zlibConstants } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { gzipAsync } from '@gfx/zopfli';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { viteStaticCopy } from 'vite-plugin-static-copy';
import { documentsPerModule } from './build/documents-per-module';
import { appIconsPlugin } from './build/app-icons';
import { faviconIco } from './build/favicon-ico';
import { mantineStylesPerComponent } from './build/mantine-styles';
import { preloads } from './build/route-preloads';
import { pwa } from './build/pwa';
import { stringsPerChunk } from './build/strings-per-chunk';
import { spaRoutePatterns } from './src/route-paths';
import { appBackgroundColor, appThemeColor } from './src/theme';

/** The API the dev server forwards /graphql (HTTP and WebSocket) to; `API_URL=http://localhost:4300 pnpm dev`. */
const apiUrl = process.env.API_URL ?? 'http://localhost:4000';

/** The SPA's addresses for the API, which answers 404 for any other (packages/api/src/platform/http/spa.ts). */
const spaRoutes: Plugin = {
  name: 'skillcall:spa-routes',
  apply: 'build',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'spa-routes.json', source: JSON.stringify(spaRoutePatterns) });
  },
};

const strings = stringsPerChunk({ localesDir: fileURLToPath(new URL('./src/locales', import.meta.url)), languages: ['en', 'fr'] });
const routePreloads = preloads({
  strings: strings.api,
  routerFile: fileURLToPath(new URL('./src/router.tsx', import.meta.url)),
  routesDir: fileURLToPath(new URL('./src/routes', import.meta.url)),
});

export default defineConfig({
  plugins: [
    routePreloads.plugin,
    react(),
    mantineStylesPerComponent(),
    documentsPerModule(),
    strings,
    spaRoutes,
    faviconIco(fileURLToPath(new URL('./public/favicon.svg', import.meta.url))),
    appIconsPlugin(fileURLToPath(new URL('./public/favicon.svg', import.meta.url))),
    // Excalidraw's fonts, served by this origin (src/features/workspace/excalidraw-assets.ts says why).
    viteStaticCopy({
      targets: [
        { src: 'node_modules/@excalidraw/excalidraw/dist/prod/fonts/**/*', dest: 'assets/excalidraw/fonts', rename: { stripBase: 6 } },
      ],
    }),
    pwa({ themeColor: appThemeColor, backgroundColor: appBackgroundColor, distDir: fileURLToPath(new URL('./dist', import.meta.url)) }),
    // Brotli and gzip copies beside each script, style sheet and SVG, at the highest levels (once, at build time);
    // the API serves them to browsers that ask (express-static-gzip). The gzip copies come from Zopfli (WebAssembly),
    // which writes ordinary gzip 3–5% smaller than zlib's level 9, for the browsers that do not take Brotli.
    compression({
      algorithms: [
        defineAlgorithm('brotliCompress', { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm(async (buffer) => Buffer.from(await gzipAsync(Buffer.from(buffer as Uint8Array), { numiterations: 15 })), {}),
      ],
      include: /\.(js|mjs|css|svg|json|ico|html)$/,
      threshold: 1024,
    }),
  ],
  resolve: {
    // rxjs (under Apollo Client) ships ES2015 classes under this condition; its default build is ES5, larger and with
    // tslib's helpers.
    conditions: ['es2015', ...defaultClientConditions],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps in what the API serves: they would double the files a visitor may fetch and publish the sources.
    sourcemap: false,
    // No polyfill for `<link rel="modulepreload">`: Chromium, Firefox and Safari 17+ preload modules themselves; an older
    // Safari fetches them when the entry imports them, a round trip later. The polyfill was in every first download.
    modulePreload: { polyfill: false, resolveDependencies: routePreloads.resolveDependencies },
    rolldownOptions: {
      output: {
        // A chunk shared by pages is named after every page sharing it; its group name and hash are enough (the long
        // names went into the list of files each page preloads, in the app's first download).
        chunkFileNames: (chunk) => `assets/${chunk.name.split('~')[0]}-[hash].js`,
        assetFileNames: (asset) => `assets/${(asset.names[0] ?? 'asset').replace(/\.[^.]+$/, '').split('~')[0]}-[hash][extname]`,
        // Libraries change less often than the app: separate chunks stay cached across deploys. React and the router
        // serve every page (one chunk); the other libraries are split by the pages that use them (entriesAware), so a
        // page loads the Mantine components, GraphQL machinery and helpers it renders, and no other page's.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/, priority: 30 },
            // The other libraries of the first download (Mantine's provider and the layout's components, Apollo Client,
            // i18next): one chunk, one request and one compression window instead of thirty small ones.
            { name: 'shell', test: /node_modules[\\/]/, tags: ['$initial'], priority: 25 },
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/]/, priority: 20, entriesAware: true },
            {
              name: 'graphql',
              test: /node_modules[\\/](@apollo|graphql|graphql-ws|rxjs|@wry|optimism|tslib)[\\/]/,
              priority: 10,
              entriesAware: true,
            },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 0, entriesAware: true },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/graphql': { target: apiUrl, ws: true, changeOrigin: false },
      // The API's plain HTTP routes: receipts, calendar feeds, session recordings (upload and playback), data exports,
      // sign-in with providers (in development set PUBLIC_URL=http://localhost:5173, so providers send the browser back here).
      '/receipts': { target: apiUrl, changeOrigin: false },
      '/invoices': { target: apiUrl, changeOrigin: false },
      '/statements': { target: apiUrl, changeOrigin: false },
      '/vat-reports': { target: apiUrl, changeOrigin: false },
      '/calendar': { target: apiUrl, changeOrigin: false },
      '/session-recordings': { target: apiUrl, changeOrigin: false },
      // Message images (upload and viewing); the SPA's own /messages pages stay with Vite.
      '/messages/images': { target: apiUrl, changeOrigin: false },
      '/data-exports': { target: apiUrl, changeOrigin: false },
      '/auth': { target: apiUrl, changeOrigin: false },
      // The shared workspace's documents (Hocuspocus over WebSocket).
      '/collab': { target: apiUrl, ws: true, changeOrigin: false },
    },
  },
});
