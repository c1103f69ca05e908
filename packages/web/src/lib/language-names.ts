import { capitalize, languageName } from './format';
import type { Language } from './i18n';

/** A language's name shown alone (an option, a badge): "French" / "Français". */
export function languageLabel(code: string, language: Language): string {
  return capitalize(languageName(code, language), language);
}

/** Languages in running text: "English and French" / "anglais et français". */
export function languageList(codes: readonly string[], language: Language): string {
  const names = codes.map((code) => languageName(code, language));
  try {
    return new Intl.ListFormat(language, { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}
