/**
 * The router declares exactly the addresses of `route-paths.ts`, which the build hands the API (`spa-routes.json`) to
 * tell the SPA's pages from 404s. The app's clients and translations are left out: only the routes' shape is read.
 */
import { expect, it, vi } from 'vitest';
import type { RouteObject } from 'react-router';
import { spaRoutePatterns } from './route-paths';

vi.mock('react-router', async (original) => ({
  ...(await original<object>()),
  createBrowserRouter: (routes: RouteObject[]) => ({ routes }),
}));
vi.mock('./lib/i18n', () => ({}));
vi.mock('./lib/apollo', () => ({ apolloClient: {} }));

/** Every full path the route tree answers, as react-router joins a child's relative path to its parents'. */
function declaredPaths(routes: RouteObject[], parent = '/'): string[] {
  return routes.flatMap((route) => {
    const own = route.path === undefined ? parent : route.path.startsWith('/') ? route.path : `${parent.replace(/\/$/, '')}/${route.path}`;
    return [...(route.index || route.path !== undefined ? [own] : []), ...declaredPaths(route.children ?? [], own)];
  });
}

it('declares exactly the addresses the build lists for the API (and a catch-all for the rest)', async () => {
  const { router } = await import('./router');
  const declared = declaredPaths((router as unknown as { routes: RouteObject[] }).routes);
  expect(declared.filter((path) => path === '/*')).toHaveLength(1);
  const pages = new Set(declared.filter((path) => path !== '/*'));
  expect([...pages].sort()).toEqual([...spaRoutePatterns].sort());
});
