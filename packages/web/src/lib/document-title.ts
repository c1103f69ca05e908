import { useEffect } from 'react';

/** Sets the tab title to "<page> · Skillcall" (or the full title as given) while the page is shown. */
export function useDocumentTitle(title: string, { suffix = true }: { suffix?: boolean } = {}): void {
  useEffect(() => {
    document.title = suffix ? `${title} · Skillcall` : title;
  }, [title, suffix]);
}
