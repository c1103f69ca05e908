import { useEffect } from 'react';

/** Sets the tab title to "<page> · Skillcall" (or the full title as given) while the page is shown. */
export function useDocumentTitle(title: string, { suffix = true }: { suffix?: boolean } = {}): void {
  useEffect(() => {
    document.title = suffix ? `${title} · Skillcall` : title;
  }, [title, suffix]);
}

/** What index.html says about the site, restored when a page with its own description is left. */
let defaultDescription: string | null = null;

/** Sets `<meta name="description">` while the page is shown (null: the site's own description). */
export function useMetaDescription(description: string | null): void {
  useEffect(() => {
    const meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
    if (!meta) return;
    defaultDescription ??= meta.content;
    meta.content = description ?? defaultDescription;
    return () => {
      if (defaultDescription !== null) meta.content = defaultDescription;
    };
  }, [description]);
}

/** A short description from longer text: whitespace folded, cut at a word near `max` characters. */
export function summarize(text: string, max = 160): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  if (folded.length <= max) return folded;
  const cut = folded.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.!?-]+$/, '')}…`;
}
