import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Scrolls to the element the address's `#anchor` names once it is shown: on arrival from a shared link, and after
 * a link cleared the filter (the target appears a render later, when `shown` changes).
 */
export function useScrollToHash(shown: unknown): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash) return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [hash, shown]);
}
