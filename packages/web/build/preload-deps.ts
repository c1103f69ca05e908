/**
 * What a lazy import preloads: Vite lists, beside each `import()`, every script and style sheet the imported chunk
 * needs (`__vite__mapDeps`), including the React, Mantine and Apollo chunks the page importing it has already
 * loaded. That list sits in the first download (the router's table of lazy pages), so this drops from it the scripts
 * the importing chunk's own static imports have loaded already: same preloads, a smaller entry. (Style sheets do not
 * pass through Vite's `resolveDependencies`; the preload helper skips those already linked.)
 */
import type { Plugin } from 'vite';

interface BundleChunk {
  type: 'chunk' | 'asset';
  imports?: readonly string[];
}

/** Every script a chunk's static imports load before it runs, itself included. */
export function staticClosure(bundle: Readonly<Record<string, BundleChunk>>, file: string, seen = new Set<string>()): Set<string> {
  const chunk = bundle[file];
  if (seen.has(file) || chunk?.type !== 'chunk') return seen;
  seen.add(file);
  for (const imported of chunk.imports ?? []) staticClosure(bundle, imported, seen);
  return seen;
}

export function preloadWhatIsMissing() {
  let bundle: Readonly<Record<string, BundleChunk>> = {};
  const closures = new Map<string, Set<string>>();
  const plugin: Plugin = {
    name: 'skillcall:preload-what-is-missing',
    apply: 'build',
    generateBundle: {
      // Before Vite writes the preload lists (vite:build-import-analysis, in its generateBundle).
      order: 'pre',
      handler(_options, output) {
        bundle = output as unknown as Record<string, BundleChunk>;
        closures.clear();
      },
    },
  };
  const resolveDependencies = (_file: string, deps: string[], { hostId, hostType }: { hostId: string; hostType: 'html' | 'js' }) => {
    if (hostType !== 'js') return deps;
    let loaded = closures.get(hostId);
    if (!loaded) closures.set(hostId, (loaded = staticClosure(bundle, hostId)));
    return deps.filter((dep) => !loaded.has(dep));
  };
  return { plugin, resolveDependencies };
}
