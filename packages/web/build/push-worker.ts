/**
 * Builds the service worker's push handling (src/service-worker/push-worker.ts) into one classic script,
 * `assets/push-worker-<hash>.js`, for the generated sw.js to load with Workbox's `importScripts` (build/pwa.ts). A
 * script of its own, built by Vite: a worker cannot load the app's ES module chunks, and its name changes with its
 * content, so a new build of it is a new sw.js too (browsers compare the worker's bytes to find an update).
 */
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { documentsPerModule } from './documents-per-module';

const entry = fileURLToPath(new URL('../src/service-worker/push-worker.ts', import.meta.url));

/** Builds it into `distDir` (beside the app's files) and returns its path from the site's root. */
export async function buildPushWorker(distDir: string): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    // Only the one document it sends ships, not every operation of the app.
    plugins: [documentsPerModule()],
    build: {
      outDir: distDir,
      emptyOutDir: false,
      copyPublicDir: false,
      sourcemap: false,
      target: 'es2022',
      lib: { entry, formats: ['iife'], name: 'skillcallPush' },
      rolldownOptions: { output: { entryFileNames: 'assets/push-worker-[hash].js' } },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const chunk = [output]
    .flat()
    .flatMap((result) => result.output)
    .find((file) => file.type === 'chunk' && file.isEntry);
  if (!chunk) throw new Error('build/push-worker: the push worker was not built');
  return `/${chunk.fileName}`;
}
