/**
 * The ICE servers a participant's browser uses: the fixed ones from `ICE_SERVERS`, plus, when a TURN service is
 * configured, credentials of coturn's "TURN REST API" (`use-auth-secret`): the username is
 * `<expiry unix time>:<user id>`, the credential base64(HMAC-SHA1(secret, username)). coturn checks them itself,
 * so the API never shares the secret and a leaked credential stops working at its expiry.
 * Hand-written: the scheme is this one HMAC, and no maintained library is smaller than these lines.
 */
import { createHmac } from 'node:crypto';
import type { Config } from '../../platform/config';
import { IceServer } from './session.types';

export function turnCredential(secret: string, userId: string, expiresAt: Date): { username: string; credential: string } {
  const username = `${Math.floor(expiresAt.getTime() / 1000)}:${userId}`;
  return { username, credential: createHmac('sha1', secret).update(username).digest('base64') };
}

export function iceServersFor(config: Config['ice'], userId: string, now: Date): IceServer[] {
  const servers = config.servers.map((server) =>
    Object.assign(new IceServer(), {
      urls: Array.isArray(server.urls) ? server.urls : [server.urls],
      username: server.username ?? null,
      credential: server.credential ?? null,
    }),
  );
  if (config.turn) {
    const { username, credential } = turnCredential(config.turn.secret, userId, new Date(now.getTime() + config.turn.ttlSeconds * 1000));
    servers.push(Object.assign(new IceServer(), { urls: config.turn.urls, username, credential }));
  }
  return servers;
}
