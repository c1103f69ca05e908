/**
 * Writes a page's own title, description and Open Graph tags into the SPA's index.html. User text is escaped and
 * handed to `replace` through replacer functions: a replacement string would read `$&`, `$'` or `$1` in a name as
 * patterns and copy the server's own markup into the page.
 */
export interface PageMeta {
  title: string;
  description: string;
}

/**
 * What the server knows of an address before the SPA runs: the page's meta, `'not-found'` when the address names an
 * entity that does not exist (an unknown expert: the answer is a 404), or null when it has nothing to add.
 */
export type PageLookup = PageMeta | 'not-found' | null;

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

export function withPageMeta(indexHtml: string, meta: PageMeta, url: string): string {
  const title = escapeHtml(meta.title);
  const description = escapeHtml(meta.description);
  const tags = [
    `<meta property="og:type" content="profile" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:url" content="${escapeHtml(url)}" />`,
    `<link rel="canonical" href="${escapeHtml(url)}" />`,
  ].join('\n    ');
  return indexHtml
    .replace(/<title>[^<]*<\/title>/, () => `<title>${title}</title>`)
    .replace(/<meta\s+name="description"\s+content="[^"]*"\s*\/?>/, () => `<meta name="description" content="${description}" />`)
    .replace('</head>', () => `  ${tags}\n  </head>`);
}
