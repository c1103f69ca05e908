import { Anchor, Card, List, Title } from '@mantine/core';
import type { CategoryCard_CategoryFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../lib/i18n';
import { categoryName } from '../../lib/category-name';

/** A top-level category and its sub-categories, each linking to its page. */
export function CategoryCard({ category }: { category: CategoryCard_CategoryFragment }) {
  useTranslation();
  const language = currentLanguage();
  return (
    <Card withBorder radius="md" padding="lg" component="article">
      <Title order={3} size="h4" mb="xs">
        <Anchor component={Link} to={`/categories/${category.slug}`} inherit c="inherit">
          {categoryName(category, language)}
        </Anchor>
      </Title>
      {category.children.length > 0 && (
        <List size="sm" spacing={4} listStyleType="none">
          {category.children.map((child) => (
            <List.Item key={child.id}>
              <Anchor component={Link} to={`/categories/${child.slug}`} size="sm">
                {categoryName(child, language)}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
