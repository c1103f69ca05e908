/**
 * Sends one webhook request. Partners' URLs are untrusted: unless private networks are allowed (development and
 * tests), a host that is or resolves to a loopback, private, link-local or unique-local address is refused. The check
 * runs inside the connection's own DNS lookup, so a host cannot resolve to a public address for the check and a
 * private one for the connection. Redirects are not followed; the answer is read up to 1 kB.
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net, { type LookupFunction } from 'node:net';
import { deliveryTimeoutMs, responseExcerptBytes } from './webhook.policy';

const privateRanges = new net.BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved and broadcast
] as const) {
  privateRanges.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7], // unique-local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  privateRanges.addSubnet(network, prefix, 'ipv6');
}

/** Whether an IP address is one a webhook may not reach on a production server (IPv4-mapped IPv6 included). */
export function isPrivateAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 0) return false;
  return privateRanges.check(address, family === 4 ? 'ipv4' : 'ipv6');
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

export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface WebhookResponse {
  /** The HTTP status, or null when no answer came. */
  status: number | null;
  /** Why no answer came (refused address, DNS, connection, timeout). */
  error: string | null;
  /** The start of the answer's body. */
  excerpt: string | null;
  durationMs: number;
}

function describeFailure(error: unknown): string {
  if (error instanceof RefusedAddressError) return error.message;
  const { name, code, message } = error as { name?: string; code?: string; message?: string };
  if (name === 'AbortError' || name === 'TimeoutError') return `No answer within ${deliveryTimeoutMs / 1000} s.`;
  if (code === 'ENOTFOUND') return 'The host name does not resolve.';
  if (code === 'ECONNREFUSED') return 'The connection was refused.';
  return code ? `${code}: ${message ?? ''}`.trim() : (message ?? 'The request failed.');
}

function send(request: WebhookRequest, allowPrivateNetworks: boolean): Promise<{ status: number; excerpt: string }> {
  const url = new URL(request.url);
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  // An IP address as host skips the DNS lookup: it is checked here.
  if (!allowPrivateNetworks && isPrivateAddress(host)) return Promise.reject(new RefusedAddressError(host, host));
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const outgoing = client.request(
      url,
      {
        method: 'POST',
        headers: { ...request.headers, 'Content-Length': Buffer.byteLength(request.body) },
        signal: AbortSignal.timeout(deliveryTimeoutMs),
        lookup: allowPrivateNetworks ? undefined : guardedLookup,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        const finish = () =>
          resolve({ status: response.statusCode ?? 0, excerpt: Buffer.concat(chunks).subarray(0, responseExcerptBytes).toString('utf8') });
        response.on('data', (chunk: Buffer) => {
          if (kept >= responseExcerptBytes) return;
          chunks.push(chunk);
          kept += chunk.length;
          if (kept >= responseExcerptBytes) {
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

/** POSTs the webhook and reports what happened; never throws. */
export async function postWebhook(request: WebhookRequest, options: { allowPrivateNetworks: boolean }): Promise<WebhookResponse> {
  const started = performance.now();
  const durationMs = () => Math.round(performance.now() - started);
  try {
    const { status, excerpt } = await send(request, options.allowPrivateNetworks);
    return { status, error: null, excerpt: excerpt || null, durationMs: durationMs() };
  } catch (error) {
    return { status: null, error: describeFailure(error), excerpt: null, durationMs: durationMs() };
  }
}
