import dns from 'node:dns';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startWebhookReceiver, type WebhookReceiver } from '../../../test/webhook-receiver';
import { isPrivateAddress, postToPublicHost } from './public-post';

describe('addresses a webhook may not reach', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.1.2.3', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.20.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local, the cloud metadata service'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['224.0.0.1', 'multicast'],
    ['198.18.0.1', 'benchmarking'],
    ['192.0.2.1', 'documentation'],
    ['::1', 'IPv6 loopback'],
    ['::', 'IPv6 unspecified'],
    ['fd00::1', 'unique-local'],
    ['fe80::1', 'IPv6 link-local'],
    ['fec0::1', 'site-local'],
    ['ff02::1', 'IPv6 multicast'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:7f00:1', 'IPv4-mapped loopback, in hex'],
    ['::ffff:169.254.169.254', 'IPv4-mapped metadata service'],
    ['::127.0.0.1', 'IPv4-compatible loopback'],
    ['::7f00:1', 'IPv4-compatible loopback, in hex'],
    ['::a9fe:a9fe', 'IPv4-compatible metadata service'],
    ['64:ff9b::7f00:1', 'NAT64 of loopback'],
    ['64:ff9b::169.254.169.254', 'NAT64 of the metadata service'],
    ['64:ff9b:1::a00:1', 'local-use NAT64'],
    ['2002:7f00:1::', '6to4 of loopback'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'Teredo'],
  ])('refuses %s (%s)', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '2a00:1450:4007:80f::200e'])(
    'allows the public address %s',
    (address) => {
      expect(isPrivateAddress(address)).toBe(false);
    },
  );
});

describe('postToPublicHost', () => {
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    receiver = await startWebhookReceiver();
  });
  afterAll(() => receiver.close());
  afterEach(() => vi.restoreAllMocks());

  const port = () => new URL(receiver.url('/')).port;
  const post = (url: string, allowPrivateNetworks = false) =>
    postToPublicHost({ url, headers: {}, body: '{}' }, { allowPrivateNetworks, timeoutMs: 10_000, excerptBytes: 1024 });

  /** DNS answers `address` for `partner.example`, as a rebinding domain would once the URL was accepted. */
  function partnerExampleResolvesTo(address: string) {
    const lookup = dns.lookup.bind(dns);
    vi.spyOn(dns, 'lookup').mockImplementation(((hostname: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
      if (hostname !== 'partner.example') return lookup(hostname, options, callback as never);
      const family = address.includes(':') ? 6 : 4;
      if (options.all) callback(null, [{ address, family }]);
      else callback(null, address, family);
    }) as unknown as typeof dns.lookup);
  }

  it('refuses URLs whose host is a private address in any IPv6 spelling, without sending anything', async () => {
    for (const host of ['127.0.0.1', '[::ffff:127.0.0.1]', '[::127.0.0.1]', '[64:ff9b::7f00:1]', '[::1]']) {
      const response = await post(`http://${host}:${port()}/literal`);
      expect(response, host).toMatchObject({
        status: null,
        error: expect.stringMatching(/^Refused: .* a private or local network address\.$/),
      });
    }
    expect(receiver.received('/literal')).toEqual([]);
  });

  it('refuses a host name whose DNS answer is loopback when it connects, and delivers to it only when private networks are allowed', async () => {
    for (const address of ['127.0.0.1', '::ffff:127.0.0.1']) {
      partnerExampleResolvesTo(address);
      const refused = await post(`http://partner.example:${port()}/rebound`);
      expect(refused).toMatchObject({
        status: null,
        error: `Refused: partner.example resolves to ${address}, a private or local network address.`,
      });
      vi.restoreAllMocks();
    }
    expect((await post(`http://localhost:${port()}/rebound`)).error).toMatch(/^Refused: localhost resolves to /);
    expect(receiver.received('/rebound')).toEqual([]);

    partnerExampleResolvesTo('127.0.0.1');
    expect(await post(`http://partner.example:${port()}/rebound`, true)).toMatchObject({ status: 200, error: null });
    expect(receiver.received('/rebound')).toHaveLength(1);
  });
});
