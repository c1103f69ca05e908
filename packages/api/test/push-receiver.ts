/**
 * A local push service for tests, playing the part Firefox's or Google's plays: devices subscribe here (a P-256 key
 * pair and a 16-byte auth secret made in the test, as a browser makes them), and every message the server pushes is
 * checked as a push service and a browser would: the `Authorization: vapid t=<JWT>, k=<key>` header (an ES256 JWT
 * signed by that key, for this origin, not expired, with a subject), then the aes128gcm body decrypted with the
 * device's private key by `http_ece`, a real implementation of RFC 8188/8291. It records what each device received and
 * answers 201, or the status a test asks for (404, 410, 500…).
 */
import { createECDH, createPublicKey, randomBytes, verify, type ECDH } from 'node:crypto';
import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decrypt } from 'http_ece';

export interface PushedMessage {
  device: string;
  /** The decrypted JSON. */
  payload: Record<string, unknown>;
  /** The VAPID public key (`k=`) that signed it, and the JWT's claims. */
  vapid: { publicKey: string; sub: string; aud: string; exp: number };
  headers: IncomingHttpHeaders;
  /** The status this receiver answered. */
  status: number;
}

export interface TestSubscription {
  endpoint: string;
  p256dh: string;
  auth: string;
}

export interface PushReceiver {
  readonly origin: string;
  /** A new device's subscription, as `PushSubscription.toJSON()` gives it (endpoint and base64url keys). */
  subscribe(device: string): TestSubscription;
  /** The status `device`'s endpoint answers from now on (201 until told otherwise). */
  answer(device: string, status: number): void;
  /** Every message that reached `device` and was accepted or refused, oldest first. */
  received(device: string): PushedMessage[];
  /** Resolves with the `n`th message (1 = first) `device` receives, waiting for it if need be. */
  nth(device: string, n: number): Promise<PushedMessage>;
  /** Requests this receiver refused as a push service would (bad signature, undecryptable body…), with the reason. */
  readonly refused: string[];
  close(): Promise<void>;
}

const unpadded = (buffer: Buffer) => buffer.toString('base64url');

/** A raw uncompressed P-256 point as a public key object (for the JWT's signature). */
function p256PublicKey(raw: Buffer) {
  if (raw.length !== 65 || raw[0] !== 4) throw new Error('k= is not an uncompressed P-256 point');
  return createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: unpadded(raw.subarray(1, 33)), y: unpadded(raw.subarray(33)) },
    format: 'jwk',
  });
}

/** Checks the VAPID header (RFC 8292) for this origin and returns its key and claims, or throws why not. */
function checkVapid(header: string | undefined, origin: string): PushedMessage['vapid'] {
  const match = /^vapid t=([\w-]+)\.([\w-]+)\.([\w-]+), k=([\w-]+)$/.exec(header ?? '');
  if (!match) throw new Error(`no vapid Authorization header (got ${JSON.stringify(header)})`);
  const [, head, body, signature, key] = match as unknown as [string, string, string, string, string];
  const jwtHeader = JSON.parse(Buffer.from(head, 'base64url').toString('utf8')) as { alg?: string };
  if (jwtHeader.alg !== 'ES256') throw new Error(`the JWT is signed with ${jwtHeader.alg}, not ES256`);
  const signed = verify(
    'sha256',
    Buffer.from(`${head}.${body}`),
    { key: p256PublicKey(Buffer.from(key, 'base64url')), dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  if (!signed) throw new Error('the JWT signature does not verify against k=');
  const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { aud?: string; exp?: number; sub?: string };
  if (claims.aud !== origin) throw new Error(`the JWT's aud is ${claims.aud}, not ${origin}`);
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now()) throw new Error('the JWT has expired');
  if (claims.exp * 1000 > Date.now() + 24 * 3600 * 1000) throw new Error('the JWT expires more than 24 hours ahead');
  if (!/^(mailto:|https:)/.test(claims.sub ?? '')) throw new Error(`the JWT's sub is not a mailto: or https: URL: ${claims.sub}`);
  return { publicKey: key, sub: claims.sub!, aud: claims.aud, exp: claims.exp };
}

export async function startPushReceiver(): Promise<PushReceiver> {
  const devices = new Map<string, { ecdh: ECDH; auth: Buffer }>();
  const answers = new Map<string, number>();
  const messages: PushedMessage[] = [];
  const waiting: { device: string; n: number; resolve: (m: PushedMessage) => void }[] = [];
  const refused: string[] = [];

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const device = decodeURIComponent((request.url ?? '').replace(/^\/push\//, ''));
      const keys = devices.get(device);
      try {
        if (request.method !== 'POST' || !keys) throw new Error(`no device at ${request.method} ${request.url}`);
        const vapid = checkVapid(request.headers.authorization, origin);
        if (request.headers['content-encoding'] !== 'aes128gcm') throw new Error('the body is not aes128gcm');
        if (!request.headers.ttl) throw new Error('no TTL header');
        const clear = decrypt(Buffer.concat(chunks), { version: 'aes128gcm', privateKey: keys.ecdh, authSecret: keys.auth });
        const status = answers.get(device) ?? 201;
        const message = {
          device,
          payload: JSON.parse(clear.toString('utf8')) as Record<string, unknown>,
          vapid,
          headers: request.headers,
          status,
        };
        messages.push(message);
        response.writeHead(status).end();
        const count = messages.filter((m) => m.device === device).length;
        for (const w of waiting.filter((w) => w.device === device && w.n === count)) w.resolve(message);
      } catch (error) {
        refused.push((error as Error).message);
        response.writeHead(400).end((error as Error).message);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    refused,
    subscribe(device) {
      const ecdh = createECDH('prime256v1');
      ecdh.generateKeys();
      const auth = randomBytes(16);
      devices.set(device, { ecdh, auth });
      return { endpoint: `${origin}/push/${encodeURIComponent(device)}`, p256dh: ecdh.getPublicKey('base64url'), auth: unpadded(auth) };
    },
    answer: (device, status) => void answers.set(device, status),
    received: (device) => messages.filter((m) => m.device === device),
    nth(device, n) {
      const already = messages.filter((m) => m.device === device)[n - 1];
      if (already) return Promise.resolve(already);
      return new Promise((resolve) => waiting.push({ device, n, resolve }));
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
