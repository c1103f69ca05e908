import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The API the dev server forwards /graphql (HTTP and WebSocket) to; `API_URL=http://localhost:4300 pnpm dev`. */
const apiUrl = process.env.API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
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
      // The API's plain HTTP routes: receipts, calendar feeds, session recordings (upload and playback), data exports.
      '/receipts': { target: apiUrl, changeOrigin: false },
      '/calendar': { target: apiUrl, changeOrigin: false },
      '/session-recordings': { target: apiUrl, changeOrigin: false },
      '/data-exports': { target: apiUrl, changeOrigin: false },
    },
  },
});
