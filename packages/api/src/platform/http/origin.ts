import type { IncomingMessage } from 'node:http';
import type { Config } from '../config';

type OriginConfig = Pick<Config, 'publicUrl' | 'corsOrigins'>;

/**
 * Cross-origin HTTP requests to /graphql: only the origins of `CORS_ORIGINS` (exact `scheme://host[:port]`) get CORS
 * headers, with credentials. Everyone else gets none, so a browser keeps other sites' pages from reading responses.
 * Same-origin requests (the SPA) and clients that are not browsers (no Origin) need no CORS at all.
 */
export function allowedCorsOrigin(origin: string | undefined, config: Pick<Config, 'corsOrigins'>): boolean {
  return !!origin && config.corsOrigins.includes(origin);
}

/**
 * Refuses WebSocket upgrades from other sites' pages (cross-site WebSocket hijacking): a browser always sends
 * Origin, and it must be this server's own or one of `CORS_ORIGINS`. Clients without an Origin (servers, tests) are
 * not browsers and pass.
 */
export function isAllowedWebSocketOrigin(req: IncomingMessage, config: OriginConfig): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  if (allowedCorsOrigin(origin, config)) return true;
  try {
    const host = new URL(origin).host;
    return host === req.headers.host || host === new URL(config.publicUrl).host;
  } catch {
    return false;
  }
}
