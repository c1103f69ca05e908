/**
 * POSTs to a URL someone else chose (a partner's webhook endpoint, a browser's push service). Such URLs are untrusted:
 * unless private networks are allowed (`WEBHOOK_ALLOW_PRIVATE_NETWORKS` for webhooks, `PUSH_ALLOW_PRIVATE_NETWORKS` for
 * push: for local testing only), a host that is or resolves to anything but a public unicast address is refused. The check runs inside the connection's own DNS lookup, so a host cannot resolve to a public
 * address for a check and a private one for the connection (DNS rebinding). Redirects are not followed; the answer is
 * read up to `excerptBytes`.
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net, { type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/** `::a.b.c.d`, IPv4-compatible IPv6 (deprecated): ipaddr.js counts it as unicast, yet it embeds any IPv4 address. */
const ipv4Compatible = ipaddr.IPv6.parseCIDR('::/96');

/**
 * Whether an IP address is one an outside party's URL may not reach: anything ipaddr.js does not call public `unicast` (loopback,
 * private, link-local, carrier-grade NAT, multicast, broadcast, reserved and documentation ranges, unique- and
 * site-local IPv6, and the IPv6 forms that carry an IPv4 address: mapped `::ffff:0:0/96`, NAT64 `64:ff9b::/96`, 6to4,
 * Teredo), and IPv4-compatible IPv6. Host names are not addresses: false.
 */
export function isPrivateAddress(address: string): boolean {
  if (net.isIP(address) === 0) return false;
  const parsed = ipaddr.parse(address);
  if (parsed instanceof ipaddr.IPv6 && parsed.match(ipv4Compatible)) return true;
  return parsed.range() !== 'unicast';
}

class RefusedAddressError extends Error {
  constructor(host: string, address: string) {
    super(`Refused: ${host} resolves to ${address}, a private or local network address.`);
  }
}

/** `dns.lookup` for the connection, refusing private addresses. */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 0);
    const refused = addresses.find((a) => isPrivateAddress(a.address));
    if (refused) return callback(new RefusedAddressError(hostname, refused.address), '', 0);
    if (options.all) return (callback as unknown as (e: null, all: dns.LookupAddress[]) => void)(null, addresses);
    return callback(null, addresses[0]!.address, addresses[0]!.family);
  });
};

export interface PublicPostRequest {
  url: string;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

export interface PublicPostOptions {
  allowPrivateNetworks: boolean;
  /** A host that does not answer within this long is a failure. */
  timeoutMs: number;
  /** How much of the answer's body is kept (for the delivery log). */
  excerptBytes: number;
}

export interface PublicPostResponse {
  /** The HTTP status, or null when no answer came. */
  status: number | null;
  /** Why no answer came (refused address, DNS, connection, timeout). */
  error: string | null;
  /** The start of the answer's body. */
  excerpt: string | null;
  durationMs: number;
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof RefusedAddressError) return error.message;
  const { name, code, message } = error as { name?: string; code?: string; message?: string };
  if (name === 'AbortError' || name === 'TimeoutError') return `No answer within ${timeoutMs / 1000} s.`;
  if (code === 'ENOTFOUND') return 'The host name does not resolve.';
  if (code === 'ECONNREFUSED') return 'The connection was refused.';
  return code ? `${code}: ${message ?? ''}`.trim() : (message ?? 'The request failed.');
}

function send(request: PublicPostRequest, options: PublicPostOptions): Promise<{ status: number; excerpt: string }> {
  const { allowPrivateNetworks, timeoutMs, excerptBytes } = options;
  const url = new URL(request.url);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  // An IP address as host skips the DNS lookup: it is checked here (the URL parser already wrote it canonically).
  if (!allowPrivateNetworks && isPrivateAddress(host)) return Promise.reject(new RefusedAddressError(host, host));
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const outgoing = client.request(
      url,
      {
        method: 'POST',
        headers: { ...request.headers, 'Content-Length': Buffer.byteLength(request.body) },
        signal: AbortSignal.timeout(timeoutMs),
        lookup: allowPrivateNetworks ? undefined : guardedLookup,
        // A connection of its own: a pooled socket would skip the lookup above.
        agent: false,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        const finish = () =>
          resolve({ status: response.statusCode ?? 0, excerpt: Buffer.concat(chunks).subarray(0, excerptBytes).toString('utf8') });
        response.on('data', (chunk: Buffer) => {
          if (kept >= excerptBytes) return;
          chunks.push(chunk);
          kept += chunk.length;
          if (kept >= excerptBytes) {
            finish();
            response.destroy();
          }
        });
        response.on('end', finish);
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(request.body);
  });
}

/** POSTs the request and reports what happened; never throws. */
export async function postToPublicHost(request: PublicPostRequest, options: PublicPostOptions): Promise<PublicPostResponse> {
  const started = performance.now();
  const durationMs = () => Math.round(performance.now() - started);
  try {
    const { status, excerpt } = await send(request, options);
    return { status, error: null, excerpt: excerpt || null, durationMs: durationMs() };
  } catch (error) {
    return { status: null, error: describeFailure(error, options.timeoutMs), excerpt: null, durationMs: durationMs() };
  }
}
