import { Anchor, Stack, Text, Title } from '@mantine/core';
import type { CategoryHeader_CategoryFragment } from '@skillcall/schema';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../lib/i18n';
import { CategoryLinks } from './CategoryLinks';
import { categoryName } from '../../lib/category-name';

/** A category page's top: the parent it belongs to (a breadcrumb), its name, and its sub-categories. */
export function CategoryHeader({ category }: { category: CategoryHeader_CategoryFragment }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { parent, children } = category;
  return (
    <Stack gap="xl">
      <Stack gap={4}>
        {parent && (
          <Text size="sm" c="dimmed" component="nav" aria-label={t('catalog.breadcrumb')}>
            <Trans
              i18nKey="catalog.partOf"
              values={{ parent: categoryName(parent, language) }}
              components={{ parent: <Anchor component={Link} to={`/categories/${parent.slug}`} inherit underline="always" /> }}
            />
          </Text>
        )}
        <Title order={1}>{categoryName(category, language)}</Title>
      </Stack>
      {children.length > 0 && (
        <Stack gap="sm" component="section" aria-labelledby="subcategories-title">
          <Title order={2} size="h3" id="subcategories-title">
            {t('catalog.subcategories')}
          </Title>
          <CategoryLinks categories={children} />
        </Stack>
      )}
    </Stack>
  );
}
