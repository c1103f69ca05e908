import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Skeleton, Stack, Text, Title } from '@mantine/core';
import { CategoryPageDocument, type CategoryCard_CategoryFragment } from '@skillcall/schema';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { EmptyMessage } from '../components/ui/EmptyMessage';
import { ErrorState } from '../components/ui/ErrorState';
import { RouterAnchor } from '../components/ui/RouterLink';
import { CategoryLinks } from '../features/catalog/CategoryLinks';
import { categoryName } from '../features/catalog/category-name';
import { useDocumentTitle } from '../lib/document-title';
import { currentLanguage } from '../lib/i18n';

type Found = {
  category: CategoryCard_CategoryFragment | CategoryCard_CategoryFragment['children'][number];
  parent: CategoryCard_CategoryFragment | null;
};

function findCategory(categories: CategoryCard_CategoryFragment[], slug: string): Found | null {
  for (const category of categories) {
    if (category.slug === slug) return { category, parent: null };
    const child = category.children.find((c) => c.slug === slug);
    if (child) return { category: child, parent: category };
  }
  return null;
}

/**
 * `/categories/:slug`: the category and its sub-categories. Expert listings come with the expert catalogue;
 * until then the page says so rather than showing anything invented.
 */
export function CategoryRoute() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(CategoryPageDocument);
  const language = currentLanguage();
  const found = data ? findCategory(data.categories, slug) : null;
  useDocumentTitle(found ? categoryName(found.category, language) : data ? t('catalog.notFoundTitle') : t('common.loading'));

  if (error && !data) return <ErrorState title={t('catalog.loadFailed')} error={error} onRetry={() => void refetch()} />;
  if (loading && !data) {
    return (
      <Stack gap="md" aria-busy="true">
        <Skeleton height={36} width="40%" />
        <Skeleton height={16} width="70%" />
        <Skeleton height={16} width="60%" />
      </Stack>
    );
  }
  if (!found) {
    return (
      <EmptyMessage title={t('catalog.notFoundTitle')}>
        <Stack gap="xs" align="center">
          <Text size="sm">{t('catalog.notFoundText', { slug })}</Text>
          <RouterAnchor to="/">{t('catalog.allCategories')}</RouterAnchor>
        </Stack>
      </EmptyMessage>
    );
  }

  const { category, parent } = found;
  const children = 'children' in category ? category.children : [];
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        {parent && (
          <Text size="sm" c="dimmed">
            <Trans
              i18nKey="catalog.partOf"
              values={{ parent: categoryName(parent, language) }}
              components={{ parent: <Anchor component={Link} to={`/categories/${parent.slug}`} inherit /> }}
            />
          </Text>
        )}
        <Title order={1}>{categoryName(category, language)}</Title>
      </Stack>
      <Alert variant="light" color="blue">
        {t('catalog.expertsComing')}
      </Alert>
      {!parent && (
        <Stack gap="sm" component="section" aria-labelledby="subcategories-title">
          <Title order={2} size="h3" id="subcategories-title">
            {t('catalog.subcategories')}
          </Title>
          {children.length > 0 ? <CategoryLinks categories={children} /> : <Text c="dimmed">{t('catalog.noSubcategories')}</Text>}
        </Stack>
      )}
      <RouterAnchor to="/">{t('catalog.allCategories')}</RouterAnchor>
    </Stack>
  );
}
