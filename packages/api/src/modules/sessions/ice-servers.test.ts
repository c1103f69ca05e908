import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../platform/config';
import { iceServersFor } from './ice-servers';

const now = new Date('2048-03-03T09:00:00Z');

describe('ICE servers for the session room', () => {
  it('gives the configured STUN servers, and none by default', () => {
    expect(iceServersFor(loadConfig({}).ice, 'u1', now)).toEqual([]);
    const config = loadConfig({ ICE_SERVERS: '[{"urls":"stun:stun.example.org:3478"}]' });
    expect(iceServersFor(config.ice, 'u1', now)).toEqual([{ urls: ['stun:stun.example.org:3478'], username: null, credential: null }]);
  });

  it('issues TURN credentials coturn accepts with its shared secret, expiring after the configured time', () => {
    const secret = 'a-long-static-auth-secret';
    const config = loadConfig({
      TURN_URLS: 'turn:turn.example.org:3478?transport=udp, turns:turn.example.org:5349',
      TURN_SECRET: secret,
      TURN_CREDENTIAL_TTL_SECONDS: '3600',
    });
    const [turn] = iceServersFor(config.ice, 'user-42', now);
    const expiry = now.getTime() / 1000 + 3600;
    expect(turn).toMatchObject({
      urls: ['turn:turn.example.org:3478?transport=udp', 'turns:turn.example.org:5349'],
      username: `${expiry}:user-42`,
    });
    // coturn (use-auth-secret) recomputes base64(HMAC-SHA1(secret, username)) and compares.
    expect(turn!.credential).toBe(createHmac('sha1', secret).update(`${expiry}:user-42`).digest('base64'));
    expect(iceServersFor(config.ice, 'user-42', now)[0]!.credential).not.toBe(iceServersFor(config.ice, 'user-43', now)[0]!.credential);
  });

  it('refuses a bad ICE configuration at startup, naming the variable', () => {
    expect(() => loadConfig({ ICE_SERVERS: '{not json' })).toThrow(ConfigError);
    expect(() => loadConfig({ ICE_SERVERS: '[{"urls":"http://example.org"}]' })).toThrow(/ICE_SERVERS/);
    expect(() => loadConfig({ TURN_URLS: 'turn:turn.example.org' })).toThrow(/TURN_SECRET/);
    expect(() => loadConfig({ TURN_URLS: 'turn:turn.example.org', TURN_SECRET: 'short' })).toThrow(/16 characters/);
  });
});
