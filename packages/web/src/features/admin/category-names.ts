import type { Language } from '../../lib/i18n';
import { categoryName } from '../../lib/category-name';

interface Named {
  id: string;
  nameEn: string;
  nameFr: string;
  children?: readonly Named[];
}

/** Every category's name by id (sub-categories as "Parent › Child"), in the language shown. */
export function categoryNamesById(categories: readonly Named[], language: Language): Map<string, string> {
  const names = new Map<string, string>();
  for (const parent of categories) {
    const parentName = categoryName(parent, language);
    names.set(parent.id, parentName);
    for (const child of parent.children ?? []) names.set(child.id, `${parentName} › ${categoryName(child, language)}`);
  }
  return names;
}
