/**
 * i18next for the SPA: English and French, detected from an explicit choice saved on this device, then from
 * the browser, falling back to English. Keeps `<html lang>` in step with the language shown.
 *
 * The strings come in groups, one per top-level key of the language's file, each a small chunk that comes with the
 * code that shows it (build/strings-per-chunk.ts): main.tsx loads the layout's groups (`shellGroups`) before the first
 * render, and a page's chunk awaits its own groups before its code runs. A visitor downloads the language shown, and
 * the other only when they switch to it (then every group loaded so far, in that language, before switching). French
 * has every key (checked below), so it needs no English underneath.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { chunkLoaderGlobal, groups, loadGroup as loadGroupScript } from 'virtual:skillcall/strings';
import type en from '../locales/en.json';
import type fr from '../locales/fr.json';
import { initialLanguage } from './initial-language';

export const languages = ['en', 'fr'] as const;
export type Language = (typeof languages)[number];

/** Where an explicit choice (language switch, account settings) is saved on this device. */
export const languageStorageKey = 'skillcall.language';

/** A key missing from the French file is a type error here. */
type FrenchHasEveryKey<T extends typeof en> = T;
export type Translations = FrenchHasEveryKey<typeof fr>;

const loads = new Map<string, Promise<void>>();
/** Every group some code on this page asked for: a language switch loads them all in the new language first. */
const wanted = new Set<string>();
/**
 * The language a switch in progress is loading (an account's language applying after sign-in, the language menu):
 * code asking for its groups meanwhile gets them in that language too, since the switch's own list was taken before.
 */
let switchingTo: Language | null = null;

let elision: Promise<void> | undefined;
/**
 * French strings elide before names: `{{name, de}}` gives "d’Élodie" or "de Marc" (see elision.ts). Its formatters
 * come with the first French strings, before any is shown: an English page never downloads them.
 */
function frenchFormatters(): Promise<void> {
  elision ??= import('./elision').then(({ registerElision }) => registerElision(i18n));
  elision.catch(() => (elision = undefined));
  return elision;
}

function loadGroup(language: Language, group: string): Promise<void> {
  const key = `${language}/${group}`;
  let load = loads.get(key);
  if (!load) {
    load = Promise.all([loadGroupScript(language, group), language === 'fr' ? frenchFormatters() : undefined]).then(([module]) => {
      i18n.addResourceBundle(language, 'translation', module.default, true, true);
    });
    // A failed download (offline) is tried again by the next code that needs the group.
    load.catch(() => loads.delete(key));
    loads.set(key, load);
  }
  return load;
}

/** Loads these groups of strings in the language shown (and any language being switched to). */
export async function loadStringGroups(needed: readonly string[]): Promise<void> {
  await i18nReady;
  const known = needed.filter((group) => groups.includes(group));
  for (const group of known) wanted.add(group);
  const inLanguages = new Set([currentLanguage(), ...(switchingTo ? [switchingTo] : [])]);
  await Promise.all([...inLanguages].flatMap((language) => known.map((group) => loadGroup(language, group))));
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** The language the interface is shown in now: always one of `languages`. */
export function currentLanguage(): Language {
  // `languages` is what i18next looks keys up in, first to last ('fr-FR' gives ['fr'], an unsupported one ['en']).
  return (i18n.languages ?? []).find(isLanguage) ?? 'en';
}

/** The language saved on this device by an explicit choice, if any (storage may be refused: private mode). */
function savedLanguage(): string | null {
  try {
    return window.localStorage.getItem(languageStorageKey);
  } catch {
    return null;
  }
}

/** Whether the visitor picked a language on this device (it then wins over the account's preference). */
export function hasChosenLanguage(): boolean {
  return isLanguage(savedLanguage());
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
  if (currentLanguage() === language) return;
  switchingTo = language;
  try {
    await Promise.all([...wanted].map((group) => loadGroup(language, group)));
    await i18n.changeLanguage(language);
  } finally {
    if (switchingTo === language) switchingTo = null;
  }
}

i18n.on('languageChanged', () => {
  document.documentElement.lang = currentLanguage();
});

/** Resolves once the language shown is loaded: main.tsx renders after it. */
export const i18nReady = i18n.use(initReactI18next).init({
  // Only an explicit choice is saved (see changeLanguage), so a signed-in account's language can apply otherwise.
  lng: initialLanguage(languages, savedLanguage(), navigator.languages ?? [navigator.language], 'en'),
  supportedLngs: languages,
  nonExplicitSupportedLngs: true,
  load: 'languageOnly',
  // Another language falls back to English; French is complete and loads alone.
  fallbackLng: { fr: [], default: ['en'] },
  // Groups are added as the code that shows them loads (loadStringGroups).
  resources: {},
  partialBundledLanguages: true,
  // A key whose group did not come with the code showing it would show as the key: say so (the e2e suites listen).
  saveMissing: true,
  missingKeyHandler: (_languages, _namespace, key) => console.error(`Missing string: ${key}`),
  interpolation: { escapeValue: false },
  returnNull: false,
});
// A page's chunk awaits its strings through this (build/strings-per-chunk.ts): chunks cannot import the entry.
(globalThis as Record<string, unknown>)[chunkLoaderGlobal] = loadStringGroups;

export { i18n };
