/**
 * The `?next=` path to go to after signing in, only if it stays on this site (a path, not `//other.site`),
 * so a crafted link cannot send someone elsewhere after they sign in.
 */
export function safeNextPath(next: string | null, fallback: string): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}

/**
 * The path (with its query) of a URL of this site, to open it inside the SPA or link to it from here: the API writes
 * absolute URLs from its PUBLIC_URL, which may name this server differently than the address bar does
 * (localhost and 127.0.0.1 do not share cookies).
 */
export function sitePath(url: string): string {
  const parsed = new URL(url, window.location.origin);
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}
