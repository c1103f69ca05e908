import { useQuery } from '@apollo/client/react';
import { Skeleton, Stack, Text, Title } from '@mantine/core';
import { AdminCategoriesPageDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../components/ui/EmptyMessage';
import { ErrorState } from '../../components/ui/ErrorState';
import { ForbiddenState } from '../../components/ui/ForbiddenState';
import { CreateCategoryForm } from '../../features/admin/CategoryForms';
import { CategoryTree } from '../../features/admin/CategoryTree';
import { useDocumentTitle } from '../../lib/document-title';
import { errorKind } from '../../lib/errors';

/** `/admin/categories`: the taxonomy tree; add a category, rename or reorder one. */
export function AdminCategoriesRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.categories.docTitle'));
  const { data, error, loading, refetch } = useQuery(AdminCategoriesPageDocument, { fetchPolicy: 'cache-and-network' });

  if (error && errorKind(error) === 'forbidden') return <ForbiddenState />;

  let tree;
  if (error && !data) tree = <ErrorState title={t('admin.categories.loadFailed')} error={error} onRetry={() => void refetch()} />;
  else if (loading && !data) tree = <Skeleton height={300} aria-busy="true" />;
  else if (!data?.categories.length)
    tree = <EmptyMessage title={t('admin.categories.empty')}>{t('admin.categories.emptyHint')}</EmptyMessage>;
  else tree = <CategoryTree categories={data.categories} />;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('admin.categories.title')}</Title>
        <Text c="dimmed">{t('admin.categories.intro')}</Text>
      </Stack>
      <CreateCategoryForm parents={data?.categories ?? []} />
      <Stack gap="sm" component="section" aria-labelledby="category-tree-title">
        <Title order={2} size="h4" id="category-tree-title">
          {t('admin.categories.treeTitle')}
        </Title>
        {tree}
      </Stack>
    </Stack>
  );
}
