import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * Scrolls to the element the address's `#anchor` names once it is shown: on arrival from a shared link (the
 * reference renders a moment after the page), and after a link cleared the filter (the target appears when `shown`
 * changes). Once per navigation: typing in the filter afterwards does not scroll back to it.
 */
export function useScrollToHash(shown: unknown): void {
  const { hash, key } = useLocation();
  const scrolledFor = useRef<string | null>(null);
  useEffect(() => {
    if (!hash || scrolledFor.current === key) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView();
    scrolledFor.current = key;
  }, [hash, key, shown]);
}
