/**
 * Who is signed in, as the root layout's query knows it, for components anywhere below
 * (the language switch, date formatting). Null when signed out; `loading` until the first answer.
 */
import type { ViewerContext_UserFragment } from '@skillcall/schema';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { changeLanguage, currentLanguage, hasChosenLanguage } from '../../lib/i18n';

export interface ViewerState {
  viewer: ViewerContext_UserFragment | null;
  loading: boolean;
}

const ViewerContext = createContext<ViewerState>({ viewer: null, loading: true });

export function ViewerProvider({ value, children }: { value: ViewerState; children: ReactNode }) {
  useAccountLanguage(value.viewer);
  return <ViewerContext.Provider value={value}>{children}</ViewerContext.Provider>;
}

export function useViewer(): ViewerState {
  return useContext(ViewerContext);
}

/**
 * A signed-in account's language applies unless the visitor picked one on this device: an explicit choice
 * here wins, so switching to French and then signing in to an English account keeps French.
 */
function useAccountLanguage(viewer: ViewerContext_UserFragment | null) {
  const locale = viewer?.locale;
  useEffect(() => {
    if (locale && !hasChosenLanguage() && currentLanguage() !== locale) {
      void changeLanguage(locale, { remember: false });
    }
  }, [locale]);
}
