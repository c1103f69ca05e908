import type { Language } from '../../lib/i18n';
import { categoryName } from '../../lib/category-name';

interface Named {
  slug: string;
  nameEn: string;
  nameFr: string;
}

/** Lower case without accents: "Pâtisserie" and "patis" meet. */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/**
 * The categories (and sub-categories) whose name in either language has a word starting with what was typed, named in
 * the language shown: typing "musi" or "cuis" offers Music or Cooking beside the experts. Names that start with it come
 * first, then by name.
 */
export function matchingCategories<C extends Named>(
  categories: readonly (C & { children?: readonly C[] })[],
  typed: string,
  language: Language,
  limit: number,
) {
  const wanted = folded(typed.trim());
  if (!wanted) return [];
  const all = categories.flatMap((category) => [category, ...(category.children ?? [])]);
  const scored = all.flatMap((category) => {
    const words = [category.nameEn, category.nameFr].flatMap((name) => folded(name).split(/[\s'’-]+/));
    if (!words.some((word) => word.startsWith(wanted))) return [];
    const name = categoryName(category, language);
    return [{ category, name, first: folded(name).startsWith(wanted) ? 0 : 1 }];
  });
  return scored
    .sort((a, b) => a.first - b.first || a.name.localeCompare(b.name, language))
    .slice(0, limit)
    .map(({ category, name }) => ({ slug: category.slug, name }));
}
