import { createContext, useContext } from 'react';

/** What inline `code` in a description may name, and the anchor it links to (see `ApiReference.anchors`). */
export const ReferenceAnchorsContext = createContext<ReadonlyMap<string, string>>(new Map());

export function useReferenceAnchors(): ReadonlyMap<string, string> {
  return useContext(ReferenceAnchorsContext);
}
