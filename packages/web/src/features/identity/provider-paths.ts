/**
 * The addresses of the API's provider sign-in routes (plain HTTP, opened as whole pages: the provider's own pages
 * come in between). `next` must be a path of this site; the API checks it again.
 */
import { safeNextPath } from '../../lib/safe-path';

export function providerStartPath(provider: { signInPath: string }, options: { next?: string | null; link?: boolean }): string {
  const params = new URLSearchParams();
  const next = safeNextPath(options.next ?? null, '');
  if (next) params.set('next', next);
  if (options.link) params.set('intent', 'link');
  const query = params.toString();
  return query ? `${provider.signInPath}?${query}` : provider.signInPath;
}

/** Whether a destination is one of the API's routes, which the browser must load as a whole page. */
export const isServerRoute = (path: string) => path.startsWith('/auth/');
