/**
 * The built SPA: its static files (with the brotli and gzip copies the build writes beside them), and index.html for
 * the SPA's own addresses. The addresses are the router's patterns, which the build writes to `spa-routes.json`
 * (packages/web/src/route-paths.ts): any other address still gets index.html, whose SPA shows "Page not found", but
 * with status 404, as do shareable pages whose entity does not exist (`pageMeta` answers 'not-found'). A route's page
 * has its own files preloaded from index.html (route-preloads.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type express from 'express';
import expressStaticGzip from 'express-static-gzip';
import { match } from 'path-to-regexp';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { withPageMeta, type PageLookup } from './page-meta';
import { routePreloader, withRoutePreloads } from './route-preloads';

/** Asset names carry a hash of their content (Vite): a name never serves other bytes, so browsers keep them a year. */
const hashedAssetCache = 'public, max-age=31536000, immutable';

export function serveSpa(app: express.Express, config: Config, logger: Logger, pageMeta?: (path: string) => Promise<PageLookup>): void {
  const distDir = config.webDistDir;
  const indexPath = path.join(distDir, 'index.html');
  if (!existsSync(indexPath)) {
    logger.warn({ distDir }, 'the web app is not built; only the API is served');
    return;
  }
  const indexHtml = readFileSync(indexPath, 'utf8');
  const isSpaRoute = spaRouteMatcher(distDir, logger);
  const preloadFor = routePreloader(distDir);
  const precompressed = { enableBrotli: true, orderPreference: ['br', 'gzip'], index: false };
  app.use(
    '/assets',
    expressStaticGzip(path.join(distDir, 'assets'), {
      ...precompressed,
      serveStatic: { fallthrough: false, index: false, setHeaders: (res) => res.setHeader('cache-control', hashedAssetCache) },
    }),
  );
  app.use(expressStaticGzip(distDir, { ...precompressed, serveStatic: { index: false } }));
  app.get(/.*/, async (req, res) => {
    const spaRoute = isSpaRoute(req.path);
    const lookup =
      spaRoute && pageMeta
        ? await pageMeta(req.path).catch((error: unknown) => (logger.warn({ err: error }, 'page meta failed'), null))
        : null;
    const found = spaRoute && lookup !== 'not-found';
    res.status(found ? 200 : 404);
    res.setHeader('cache-control', 'no-cache');
    res.type('html');
    const language = req.acceptsLanguages('en', 'fr') || 'en';
    const html = found ? withRoutePreloads(indexHtml, preloadFor(req.path), language) : indexHtml;
    res.send(lookup && lookup !== 'not-found' ? withPageMeta(html, lookup, `${config.publicUrl}${req.path}`) : html);
  });
}

/**
 * Whether a path is one of the SPA's routes, matched as react-router does (case-insensitive, a trailing slash
 * allowed). Without `spa-routes.json` (a build older than it), every path is taken for the SPA's.
 */
function spaRouteMatcher(distDir: string, logger: Logger): (pathname: string) => boolean {
  const file = path.join(distDir, 'spa-routes.json');
  if (!existsSync(file)) {
    logger.warn({ file }, 'the web build lists no routes; unknown addresses answer 200');
    return () => true;
  }
  const patterns = JSON.parse(readFileSync(file, 'utf8')) as string[];
  const matchers = patterns.map((pattern) => match(pattern, { sensitive: false, trailing: true, decode: false }));
  return (pathname) => matchers.some((matches) => matches(pathname) !== false);
}
