/** The host names of this machine's loopback, as the WHATWG URL parser writes them (lower case, IPv6 in brackets). */
export const loopbackHostNames: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);
