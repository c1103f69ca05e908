import { useQuery } from '@apollo/client/react';
import { Alert, Skeleton, Stack, Text, Title } from '@mantine/core';
import { SearchPageDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../components/ui/ErrorState';
import { CategoryLinks } from '../features/catalog/CategoryLinks';
import { useDocumentTitle } from '../lib/document-title';

/** `/search?q=`: search itself arrives with the expert catalogue; until then, say so and offer the categories. */
export function SearchRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const query = params.get('q')?.trim() ?? '';
  useDocumentTitle(query ? `${query} · ${t('search.docTitle')}` : t('search.docTitle'));
  const { data, error, loading, refetch } = useQuery(SearchPageDocument);

  return (
    <Stack gap="lg">
      <Title order={1}>{query ? t('search.titleWithQuery', { query }) : t('search.title')}</Title>
      <Alert variant="light" color="blue">
        {query ? t('search.comingSoon') : t('search.emptyQuery')}
      </Alert>
      <Stack gap="sm">
        <Text>{t('search.browseInstead')}</Text>
        {error && !data ? (
          <ErrorState title={t('search.loadFailed')} error={error} onRetry={() => void refetch()} />
        ) : loading && !data ? (
          <Skeleton height={20} width="60%" />
        ) : (
          <CategoryLinks categories={data?.categories ?? []} />
        )}
      </Stack>
    </Stack>
  );
}
