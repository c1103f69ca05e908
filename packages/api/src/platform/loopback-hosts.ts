/** The host names of this machine's loopback, as the WHATWG URL parser writes them (lower case, IPv6 in brackets). */
export const loopbackHostNames: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether a socket's remote address is this machine's loopback (IPv4, IPv6, or IPv4 mapped into IPv6). */
export function isLoopbackAddress(address: string | undefined): boolean {
  return /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/.test(address ?? '');
}
