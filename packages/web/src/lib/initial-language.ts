/**
 * The language a page opens in: the choice saved on this device (language switch, account settings), else the first
 * of the browser's languages the interface speaks ('fr-CA' counts as French), else English.
 *
 * Hand-written instead of i18next-browser-languagedetector: these two sources are all the app reads, and the
 * detector's other lookups (cookies, query string, path, subdomain, caching) were 2 kB of the first download.
 */
export function initialLanguage<L extends string>(
  supported: readonly L[],
  saved: string | null,
  browserLanguages: readonly string[],
  fallback: L,
): L {
  const isSupported = (value: string): value is L => (supported as readonly string[]).includes(value);
  if (saved !== null && isSupported(saved)) return saved;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isSupported(base)) return base;
  }
  return fallback;
}
