import { Anchor, Group } from '@mantine/core';
import type { CategoryLinks_CategoryFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../lib/i18n';
import { categoryName } from '../../lib/category-name';

/** A compact row of links to categories. */
export function CategoryLinks({ categories }: { categories: CategoryLinks_CategoryFragment[] }) {
  useTranslation();
  const language = currentLanguage();
  return (
    <Group gap="md" component="nav">
      {categories.map((category) => (
        <Anchor key={category.id} component={Link} to={`/categories/${category.slug}`}>
          {categoryName(category, language)}
        </Anchor>
      ))}
    </Group>
  );
}
