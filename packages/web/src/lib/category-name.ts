import type { Language } from './i18n';

/** A category's name in the language shown. */
export function categoryName(category: { nameEn: string; nameFr: string }, language: Language): string {
  return language === 'fr' ? category.nameFr : category.nameEn;
}
