import { useQuery } from '@apollo/client/react';
import { SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { CategoryPageDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EmptyMessage } from '../components/ui/EmptyMessage';
import { ErrorState } from '../components/ui/ErrorState';
import { LoadMoreButton } from '../components/ui/LoadMoreButton';
import { NotFoundState } from '../components/ui/NotFoundState';
import { RouterAnchor } from '../components/ui/RouterLink';
import { CategoryHeader } from '../features/catalog/CategoryHeader';
import { categoryName } from '../features/catalog/category-name';
import { ExpertCard } from '../features/experts/ExpertCard';
import { useViewer } from '../features/identity/viewer';
import { useDocumentTitle } from '../lib/document-title';
import { currentLanguage } from '../lib/i18n';

const pageSize = 12;

/** `/categories/:slug`: the category, its sub-categories, and the experts who help in it, a page at a time. */
export function CategoryRoute() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { viewer } = useViewer();
  const { data, error, refetch, fetchMore } = useQuery(CategoryPageDocument, {
    variables: { slug, first: pageSize },
    fetchPolicy: 'cache-and-network',
  });
  const language = currentLanguage();
  const category = data?.category;
  useDocumentTitle(category ? categoryName(category, language) : data ? t('catalog.notFoundTitle') : t('common.loading'));

  if (error && !data) return <ErrorState title={t('catalog.loadFailed')} error={error} onRetry={() => void refetch()} />;
  if (!data) {
    return (
      <Stack gap="md" aria-busy="true">
        <Skeleton height={36} width="40%" />
        <Skeleton height={16} width="70%" />
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <Skeleton height={120} />
          <Skeleton height={120} />
          <Skeleton height={120} />
        </SimpleGrid>
      </Stack>
    );
  }
  if (!category) {
    return (
      <NotFoundState
        title={t('catalog.notFoundTitle')}
        text={t('catalog.notFoundText', { slug })}
        action={<RouterAnchor to="/">{t('catalog.allCategories')}</RouterAnchor>}
      />
    );
  }

  const { experts } = category;
  return (
    <Stack gap="xl">
      <CategoryHeader category={category} />
      <Stack gap="md" component="section" aria-labelledby="experts-title">
        <Title order={2} size="h3" id="experts-title">
          {t('catalog.experts')}
        </Title>
        {experts.edges.length === 0 ? (
          <EmptyMessage title={t('catalog.noExperts')}>
            <Stack gap="xs" align="center">
              <Text size="sm">{t('catalog.noExpertsHint')}</Text>
              <RouterAnchor to={viewer ? '/become-an-expert' : `/sign-up?${new URLSearchParams({ next: '/become-an-expert' }).toString()}`}>
                {t('catalog.becomeExpert')}
              </RouterAnchor>
            </Stack>
          </EmptyMessage>
        ) : (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
              {experts.edges.map(({ node }) => (
                <ExpertCard key={node.id} expert={node} />
              ))}
            </SimpleGrid>
            <LoadMoreButton pageInfo={experts.pageInfo} onLoadMore={(after) => fetchMore({ variables: { after } })} />
          </>
        )}
      </Stack>
      <RouterAnchor to="/">{t('catalog.allCategories')}</RouterAnchor>
    </Stack>
  );
}
