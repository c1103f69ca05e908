import { Stack, Text } from '@mantine/core';
import type { CategoryFacet_CategoryFragment, CategoryFacet_FacetFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../lib/i18n';
import { categoryName } from '../../lib/category-name';
import { FacetLink } from './FacetLink';

interface CategoryFacetProps {
  /** The taxonomy: top-level categories in display order, with their sub-categories. */
  categories: readonly CategoryFacet_CategoryFragment[];
  /** Matching experts per category, over the whole result; null when not known (the search was refused). */
  facets: readonly CategoryFacet_FacetFragment[] | null;
  /** Whether those counts are estimates (a search with more than 1,000 matches). */
  approximate: boolean;
  /** The chosen category's slug. */
  selected: string | null;
  /** The search's address with this category chosen (null: any category). */
  linkTo: (slug: string | null) => string;
}

/** Where a slug sits in the taxonomy: a top-level category, or a sub-category and its parent. */
export function findCategory(categories: readonly CategoryFacet_CategoryFragment[], slug: string | null) {
  if (!slug) return null;
  for (const parent of categories) {
    if (parent.slug === slug) return { category: parent, parent: null, children: parent.children };
    const child = parent.children.find((candidate) => candidate.slug === slug);
    if (child) return { category: child, parent, children: [] };
  }
  return null;
}

/**
 * Categories with their number of matching experts, to narrow the search. Nothing chosen: every top-level category
 * that has matches, with its sub-categories. A category chosen: the way back to all categories, its parent, itself
 * and its sub-categories.
 */
export function CategoryFacet({ categories, facets, approximate, selected, linkTo }: CategoryFacetProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const counts = facets && new Map(facets.map((facet) => [facet.category.id, facet.count]));
  // Most matches first; without counts, every category in the taxonomy's order.
  const byCount = <T extends { id: string }>(list: readonly T[]) =>
    list
      .map((category, position) => ({ category, position, count: counts ? (counts.get(category.id) ?? 0) : undefined }))
      .filter(({ count }) => count === undefined || count > 0)
      .sort((a, b) => (b.count ?? 0) - (a.count ?? 0) || a.position - b.position);
  const found = findCategory(categories, selected);

  if (found) {
    const { category, parent } = found;
    const children = byCount(found.children);
    return (
      <Stack gap={2}>
        <FacetLink label={t('search.filters.anyCategory')} to={linkTo(null)} />
        {parent && <FacetLink label={categoryName(parent, language)} to={linkTo(parent.slug)} />}
        <FacetLink
          label={categoryName(category, language)}
          count={counts?.get(category.id)}
          approximate={approximate}
          to={linkTo(category.slug)}
          active
          indent={Boolean(parent)}
        />
        {children.map(({ category: child, count }) => (
          <FacetLink
            key={child.id}
            label={categoryName(child, language)}
            count={count}
            approximate={approximate}
            to={linkTo(child.slug)}
            indent
          />
        ))}
      </Stack>
    );
  }

  const parents = byCount(categories);
  if (parents.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('search.filters.noCategory')}
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      {parents.map(({ category: parent, count }) => (
        <Stack key={parent.id} gap={2}>
          <FacetLink label={categoryName(parent, language)} count={count} approximate={approximate} to={linkTo(parent.slug)} />
          {byCount(parent.children).map(({ category: child, count: childCount }) => (
            <FacetLink
              key={child.id}
              label={categoryName(child, language)}
              count={childCount}
              approximate={approximate}
              to={linkTo(child.slug)}
              indent
            />
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
