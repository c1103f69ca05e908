import type { TFunction } from 'i18next';
import { createContext, useContext } from 'react';

interface ReferenceContextValue {
  /** What inline `code` in a description may name, and the anchor it links to (see `ApiReference.anchors`). */
  anchors: ReadonlyMap<string, string>;
  /**
   * The page's translation function, read once: the reference has thousands of small entries, and a
   * `useTranslation` in each would subscribe each one to language changes.
   */
  t: TFunction;
}

export const ReferenceContext = createContext<ReferenceContextValue | null>(null);

export function useReference(): ReferenceContextValue {
  const value = useContext(ReferenceContext);
  if (!value) throw new Error('useReference outside ReferenceContext');
  return value;
}
