import { describe, expect, it } from 'vitest';
import { matchingCategories } from './category-suggestions';

const categories = [
  {
    slug: 'music',
    nameEn: 'Music',
    nameFr: 'Musique',
    children: [
      { slug: 'guitar', nameEn: 'Guitar', nameFr: 'Guitare' },
      { slug: 'piano', nameEn: 'Piano', nameFr: 'Piano' },
    ],
  },
  {
    slug: 'cooking',
    nameEn: 'Cooking',
    nameFr: 'Cuisine',
    children: [{ slug: 'baking', nameEn: 'Baking and pastry', nameFr: 'Pâtisserie' }],
  },
];

describe('categories suggested while typing', () => {
  it('finds a category or a sub-category by a word of its name in either language, named in the language shown', () => {
    expect(matchingCategories(categories, 'musi', 'en', 3)).toEqual([{ slug: 'music', name: 'Music' }]);
    expect(matchingCategories(categories, 'cuis', 'en', 3)).toEqual([{ slug: 'cooking', name: 'Cooking' }]);
    expect(matchingCategories(categories, 'guitare', 'fr', 3)).toEqual([{ slug: 'guitar', name: 'Guitare' }]);
    expect(matchingCategories(categories, 'pastry', 'fr', 3)).toEqual([{ slug: 'baking', name: 'Pâtisserie' }]);
  });

  it('ignores accents and case, puts names that start with the text first, and keeps to the limit', () => {
    expect(matchingCategories(categories, 'PATIS', 'en', 3)).toEqual([{ slug: 'baking', name: 'Baking and pastry' }]);
    expect(matchingCategories(categories, 'p', 'en', 3).map((c) => c.slug)).toEqual(['piano', 'baking']);
    expect(matchingCategories(categories, 'p', 'en', 1)).toHaveLength(1);
    expect(matchingCategories(categories, 'zzz', 'en', 3)).toEqual([]);
    expect(matchingCategories(categories, '  ', 'en', 3)).toEqual([]);
  });
});
