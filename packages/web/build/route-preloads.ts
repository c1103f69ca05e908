/**
 * What loads ahead of a page's code. Vite lists, beside each `import()`, every script the imported chunk needs
 * (`__vite__mapDeps`), and those lists of every lazy page sit in the first download (the router's table). Instead:
 *
 * - index.html keeps its `<link rel="modulepreload">` for the entry's own imports;
 * - a lazy import keeps only the style sheets its chunk needs (Vite loads them before the code runs, so nothing shows
 *   unstyled); its scripts are fetched as the browser reads the chunk's imports (one more round trip when a page is
 *   first opened inside the app; the service worker keeps every asset once fetched, build/pwa.ts);
 * - the page a visitor opens first has its chunk, the scripts it imports and its style sheets preloaded by the server,
 *   from `route-preloads.json` (written here: each route pattern of `router.tsx` with the files its page needs beyond
 *   the entry's, and the strings of the layout and the page in each language: build/strings-per-chunk.ts), so a
 *   first load does not wait for the entry to ask for the page, nor for each chunk to ask for its strings.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { groupsAwaitedBy, type StringsApi } from './strings-per-chunk';
import { paths } from '../src/route-paths';

interface BundleChunk {
  type: 'chunk' | 'asset';
  code?: string;
  isEntry?: boolean;
  facadeModuleId?: string | null;
  imports?: readonly string[];
  viteMetadata?: { importedCss: ReadonlySet<string> };
}

/** Every script a chunk's static imports load before it runs, itself included. */
export function staticClosure(bundle: Readonly<Record<string, BundleChunk>>, file: string, seen = new Set<string>()): Set<string> {
  const chunk = bundle[file];
  if (seen.has(file) || chunk?.type !== 'chunk') return seen;
  seen.add(file);
  for (const imported of chunk.imports ?? []) staticClosure(bundle, imported, seen);
  return seen;
}

/**
 * The page module of each route of `router.tsx`, by pattern: `{ path: paths.search, ...lazyRoute(… import('./routes/search') …` gives
 * `'/search' → 'search'`; the first `index: true` route is the home page.
 */
export function routeModules(routerSource: string, patterns: Readonly<Record<string, string>>): Map<string, string> {
  const modules = new Map<string, string>();
  for (const match of routerSource.matchAll(/\{\s*(index: true|path: paths\.(\w+))\s*,[^{}]*?import\('\.\/routes\/([\w/-]+)'\)/g)) {
    const pattern = match[2] === undefined ? patterns.home : patterns[match[2]];
    if (pattern !== undefined && !modules.has(pattern)) modules.set(pattern, match[3]!);
  }
  return modules;
}

export interface RoutePreload {
  scripts: string[];
  styles: string[];
  /** By language: the layout's strings and the page's, which its code would otherwise ask for one after the other. */
  strings: Record<string, string[]>;
}

export function preloads({ routerFile, routesDir, strings }: { routerFile: string; routesDir: string; strings: StringsApi }) {
  const plugin: Plugin = {
    name: 'skillcall:route-preloads',
    apply: 'build',
    generateBundle(_options, output) {
      const bundle = output as unknown as Record<string, BundleChunk>;
      const entry = Object.keys(bundle).find((file) => bundle[file]!.type === 'chunk' && bundle[file]!.isEntry);
      const loaded = entry ? staticClosure(bundle, entry) : new Set<string>();
      const byModule = new Map(
        Object.entries(bundle)
          .filter(([, chunk]) => chunk.type === 'chunk' && chunk.facadeModuleId)
          .map(([file, chunk]) => [chunk.facadeModuleId!.replace(/\.tsx?$/, ''), file]),
      );
      const result: Record<string, RoutePreload> = {};
      for (const [pattern, module] of routeModules(readFileSync(routerFile, 'utf8'), paths)) {
        const chunk = byModule.get(`${routesDir}/${module}`);
        if (!chunk) continue;
        const scripts = [...staticClosure(bundle, chunk)].filter((file) => !loaded.has(file));
        const styles = [...new Set(scripts.flatMap((file) => [...(bundle[file]!.viteMetadata?.importedCss ?? [])]))];
        const groups = [...new Set([...strings.shellGroups(), ...scripts.flatMap((file) => groupsAwaitedBy(bundle[file]!.code ?? ''))])];
        const files = (language: string) => groups.flatMap((group) => strings.file(language, group) ?? []);
        result[pattern] = {
          scripts,
          styles,
          strings: Object.fromEntries(strings.languages.map((language) => [language, files(language)])),
        };
      }
      this.emitFile({ type: 'asset', fileName: 'route-preloads.json', source: JSON.stringify(result) });
    },
  };
  /** Style sheets only for lazy imports; index.html keeps its scripts' preloads. */
  const resolveDependencies = (_file: string, deps: string[], { hostType }: { hostType: 'html' | 'js' }) =>
    hostType === 'html' ? deps : [];
  return { plugin, resolveDependencies };
}
