/**
 * The `?next=` path to go to after signing in, only if it stays on this site (a path, not `//other.site`),
 * so a crafted link cannot send someone elsewhere after they sign in.
 */
export function safeNextPath(next: string | null, fallback: string): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
