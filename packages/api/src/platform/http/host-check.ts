/**
 * DNS rebinding: a page on attacker.example can make its own name resolve to 127.0.0.1 (or to this server's address)
 * and then read this server's answers as if they were its own. The browser still sends `Host: attacker.example`, so
 * every request and every WebSocket upgrade must name this server: the host of `PUBLIC_URL`, a loopback name
 * (localhost, 127.0.0.1, [::1]; any port), or one of `ALLOWED_HOSTS` (the names a reverse proxy forwards). Others
 * get 421 Misdirected Request. The health probes answer any host: load balancers probe by IP, and they tell nothing.
 *
 * Hand-written because it is a few lines over the WHATWG URL parser (which normalises case, IDN and IP spellings):
 * express has no such check, and `host-validation` compares whole `Host` strings (every port listed) and leaves the
 * WebSocket upgrade out.
 */
import type { IncomingMessage } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { Config } from '../config';
import { loopbackHostNames } from '../loopback-hosts';
import { isAllowedWebSocketOrigin } from './origin';

/** The host name of a `Host` header (lower case, without port or final dot), or null when it is not a plain host. */
function hostNameOf(hostHeader: string | undefined): string | null {
  if (!hostHeader || !/^[\w.\-[\]:]+$/.test(hostHeader)) return null;
  try {
    return new URL(`http://${hostHeader}`).hostname.replace(/\.$/, '');
  } catch {
    return null;
  }
}

/** Whether a `Host` header names this machine's loopback (localhost, 127.0.0.1, [::1], with any port). */
export function isLoopbackHost(hostHeader: string | null | undefined): boolean {
  const name = hostNameOf(hostHeader ?? undefined);
  return name !== null && loopbackHostNames.has(name);
}

type HostConfig = Pick<Config, 'publicUrl' | 'allowedHosts'>;

/** Whether a `Host` header names this server. */
export function isAllowedHost(hostHeader: string | undefined, config: HostConfig): boolean {
  const name = hostNameOf(hostHeader);
  if (name === null) return false;
  return (
    loopbackHostNames.has(name) ||
    name === new URL(config.publicUrl).hostname ||
    config.allowedHosts.some((allowed) => hostNameOf(allowed) === name)
  );
}

const refusal = (host: string | undefined) =>
  `This server does not answer to the host name ${JSON.stringify(host ?? '')}: use its public address, ` +
  'or add the name to ALLOWED_HOSTS if a proxy forwards it.';

/** Express middleware answering 421 to a request for another host: JSON (GraphQL-over-HTTP shape) or plain text. */
export function refuseOtherHosts(config: HostConfig) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (isAllowedHost(req.headers.host, config)) return next();
    const message = refusal(req.headers.host);
    res.status(421).setHeader('cache-control', 'no-store');
    if (req.path.startsWith('/graphql') || req.accepts(['text', 'json']) === 'json') {
      res.json({ errors: [{ message, extensions: { code: 'MISDIRECTED_REQUEST' } }] });
    } else {
      res.type('text/plain').send(message);
    }
  };
}

type UpgradeVerdict = (allowed: boolean, status?: number, reason?: string) => void;

/** ws's `verifyClient`: 421 for another host, 401 for another site's page (see `origin.ts`). */
export function verifyWebSocketUpgrade(config: Pick<Config, 'publicUrl' | 'allowedHosts' | 'corsOrigins'>) {
  return ({ req }: { req: IncomingMessage }, verdict: UpgradeVerdict) => {
    if (!isAllowedHost(req.headers.host, config)) return verdict(false, 421, 'Misdirected Request');
    if (!isAllowedWebSocketOrigin(req, config)) return verdict(false, 401, 'Unauthorized');
    verdict(true);
  };
}
