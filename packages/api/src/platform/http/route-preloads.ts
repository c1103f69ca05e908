/**
 * The first page a visitor opens loads without waiting for the app to ask for it: the web build writes, for each route
 * pattern, the scripts and style sheets its page needs beyond the entry's (`route-preloads.json`,
 * packages/web/build/route-preloads.ts), and index.html, for an address of that route, says to fetch them at once
 * (`modulepreload` and `preload` links, which neither block the first paint nor run anything early).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { match } from 'path-to-regexp';

export interface RoutePreload {
  scripts: string[];
  styles: string[];
  /** By language: the layout's and the page's strings (the SPA picks the browser's language, as `language` here). */
  strings?: Record<string, string[]>;
}

/** The links for a path, from the build's file; a build without it preloads nothing. */
export function routePreloader(distDir: string): (pathname: string) => RoutePreload | null {
  const file = path.join(distDir, 'route-preloads.json');
  if (!existsSync(file)) return () => null;
  const routes = Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, RoutePreload>).map(([pattern, preload]) => ({
    matches: match(pattern, { sensitive: false, trailing: true, decode: false }),
    preload,
  }));
  return (pathname) => routes.find((route) => route.matches(pathname) !== false)?.preload ?? null;
}

const fileName = /^[\w./-]+$/;

/**
 * index.html with the page's files preloaded, before `</head>`, its strings in `language` (the browser's first
 * language the app has, as the SPA picks it unless the visitor chose another on this device). Names come from the
 * build, never from the request.
 */
export function withRoutePreloads(indexHtml: string, preload: RoutePreload | null, language: string): string {
  if (!preload) return indexHtml;
  const scripts = [...preload.scripts, ...(preload.strings?.[language] ?? [])];
  const links = [
    ...preload.styles.filter((file) => fileName.test(file)).map((file) => `<link rel="preload" as="style" href="/${file}" />`),
    ...scripts.filter((file) => fileName.test(file)).map((file) => `<link rel="modulepreload" crossorigin href="/${file}" />`),
  ];
  return links.length === 0 ? indexHtml : indexHtml.replace('</head>', () => `  ${links.join('\n    ')}\n  </head>`);
}
