import { fileURLToPath } from 'node:url';
import { constants as zlibConstants } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { faviconIco } from './build/favicon-ico';
import { spaRoutePatterns } from './src/route-paths';

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

export default defineConfig({
  plugins: [
    react(),
    spaRoutes,
    faviconIco(fileURLToPath(new URL('./public/favicon.svg', import.meta.url))),
    // Brotli and gzip copies beside each script, style sheet and SVG, at the highest levels (once, at build time);
    // the API serves them to browsers that ask (express-static-gzip).
    compression({
      algorithms: [
        defineAlgorithm('brotliCompress', { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
        defineAlgorithm('gzip', { level: 9 }),
      ],
      include: /\.(js|mjs|css|svg|json|ico|html)$/,
      threshold: 1024,
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across deploys.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/, priority: 30 },
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/]/, priority: 20 },
            // entriesAware: what only a lazy page uses (the developer page's buildSchema and validation) gets its own
            // chunk, loaded with that page, instead of growing the one every page loads.
            {
              name: 'graphql',
              test: /node_modules[\\/](@apollo|graphql|graphql-ws|rxjs|@wry|optimism|tslib)[\\/]/,
              priority: 10,
              entriesAware: true,
            },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 0 },
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
      '/calendar': { target: apiUrl, changeOrigin: false },
      '/session-recordings': { target: apiUrl, changeOrigin: false },
      '/data-exports': { target: apiUrl, changeOrigin: false },
      '/auth': { target: apiUrl, changeOrigin: false },
    },
  },
});
