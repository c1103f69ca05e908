/**
 * French elision before a name: "de" + "Élodie" gives "d’Élodie", "que" + "Anne" gives "qu’Anne", "le" + "Hugo"
 * gives "l’Hugo"; "de Marc" stays. Hand-written: the rule is a few lines, and no maintained package does just this
 * (French typography engines such as french-typo rewrite whole texts, not one word before an interpolated value).
 *
 * French strings write `{{name, de}}` (or `le`, `que`) instead of `de {{name}}`; `registerElision` adds those
 * formatters to an i18next instance. The rule: the word is elided before a vowel (accents included) and before an h,
 * which in first names is nearly always mute (Hugo, Hélène); a y elides before a consonant (Yves) but not before a
 * vowel, where it is a consonant itself (Yannick, Yasmine).
 */
import type { i18n as I18n } from 'i18next';

export const elidingWords = ['de', 'le', 'que'] as const;
export type ElidingWord = (typeof elidingWords)[number];

const vowel = /^[aeiouæœ]/;

/** Whether a French word ending in e drops it before `following`. */
export function elides(following: string): boolean {
  const letters = following
    .trim()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  if (vowel.test(letters) || letters.startsWith('h')) return true;
  return letters.startsWith('y') && letters.length > 1 && !vowel.test(letters.slice(1)) && letters[1] !== 'y';
}

/** `word` followed by `following`, elided where French requires it: "d’Élodie", "de Marc". */
export function elide(word: ElidingWord, following: string): string {
  return elides(following) ? `${word.slice(0, -1)}’${following}` : `${word} ${following}`;
}

/** Adds the `de`, `le` and `que` formatters (`{{name, de}}`) to an initialised i18next instance. */
export function registerElision(instance: I18n): void {
  for (const word of elidingWords) instance.services.formatter?.add(word, (value: unknown) => elide(word, String(value)));
}
