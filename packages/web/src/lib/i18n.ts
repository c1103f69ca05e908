/**
 * i18next for the SPA: English and French, detected from an explicit choice saved on this device, then from
 * the browser, falling back to English. Keeps `<html lang>` in step with the language shown.
 *
 * Each language's strings are a chunk of their own (i18next-resources-to-backend over a dynamic import): a visitor
 * downloads the language shown, and the other only when they switch to it. French has every key (checked below),
 * so it needs no English underneath.
 */
import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import type en from '../locales/en.json';
import type fr from '../locales/fr.json';
import { registerElision } from './elision';

export const languages = ['en', 'fr'] as const;
export type Language = (typeof languages)[number];

/** Where an explicit choice (language switch, account settings) is saved on this device. */
export const languageStorageKey = 'skillcall.language';

/** A key missing from the French file is a type error here. */
type FrenchHasEveryKey<T extends typeof en> = T;
export type Translations = FrenchHasEveryKey<typeof fr>;

/** One language's strings, as a chunk of their own. */
const loadLanguage = (language: Language) => import(`../locales/${language}.json`).then((m: { default: Translations }) => m.default);

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The language the interface is shown in now: always one of `languages`. */
export function currentLanguage(): Language {
  const resolved = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(resolved) ? resolved : 'en';
}

/** Whether the visitor picked a language on this device (it then wins over the account's preference). */
export function hasChosenLanguage(): boolean {
  try {
    return isLanguage(window.localStorage.getItem(languageStorageKey));
  } catch {
    return false;
  }
}

/** Switches the interface now; `remember` saves it as this device's explicit choice. */
export async function changeLanguage(language: Language, { remember }: { remember: boolean }): Promise<void> {
  if (remember) {
    try {
      window.localStorage.setItem(languageStorageKey, language);
    } catch {
      // private mode or storage full: the choice lasts for this page only
    }
  }
  if (currentLanguage() !== language) await i18n.changeLanguage(language);
}

i18n.on('languageChanged', () => {
  document.documentElement.lang = currentLanguage();
});

/** Resolves once the language shown is loaded: main.tsx renders after it. */
export const i18nReady = i18n
  .use(LanguageDetector)
  .use(resourcesToBackend((language: string) => (isLanguage(language) ? loadLanguage(language) : Promise.resolve({}))))
  .use(initReactI18next)
  .init({
    supportedLngs: languages,
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    // Another language falls back to English; French is complete and loads alone.
    fallbackLng: { fr: [], default: ['en'] },
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: languageStorageKey,
      // Only an explicit choice is saved (see changeLanguage), so a signed-in account's language can apply otherwise.
      caches: [],
    },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
// French strings elide before names: `{{name, de}}` gives "d’Élodie" or "de Marc" (see elision.ts).
registerElision(i18n);

export { i18n };
