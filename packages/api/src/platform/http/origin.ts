import type { IncomingMessage } from 'node:http';
import type { Config } from '../config';

/**
 * Refuses WebSocket upgrades from other sites' pages (cross-site WebSocket hijacking): a browser always sends
 * Origin, and it must be this server's own. Clients without an Origin (servers, tests) are not browsers and pass.
 */
export function isAllowedWebSocketOrigin(req: IncomingMessage, config: Pick<Config, 'publicUrl'>): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    const host = new URL(origin).host;
    return host === req.headers.host || host === new URL(config.publicUrl).host;
  } catch {
    return false;
  }
}
