import { useQuery } from '@apollo/client/react';
import { Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { AdminQueuePageDocument } from '@skillcall/schema';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyMessage } from '../../components/ui/EmptyMessage';
import { ErrorState } from '../../components/ui/ErrorState';
import { ForbiddenState } from '../../components/ui/ForbiddenState';
import { LoadMoreButton } from '../../components/ui/LoadMoreButton';
import { categoryNamesById } from '../../features/admin/category-names';
import { QueueFilterBar } from '../../features/admin/QueueFilterBar';
import { readQueueFilters, writeQueueFilters } from '../../features/admin/queue-filters';
import { QueueTable } from '../../features/admin/QueueTable';
import { useDocumentTitle } from '../../lib/document-title';
import { errorKind } from '../../lib/errors';
import { currentLanguage } from '../../lib/i18n';

const pageSize = 20;

/** `/admin`: the moderation queue, oldest first, filtered from the URL's query string. */
export function AdminQueueRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.queue.docTitle'));
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readQueueFilters(params), [params]);
  const { data, previousData, error, refetch, fetchMore } = useQuery(AdminQueuePageDocument, {
    variables: { ...filters, first: pageSize },
    fetchPolicy: 'cache-and-network',
  });
  const language = currentLanguage();
  // Kept while another filter's results load, so the filters do not flicker.
  const categories = (data ?? previousData)?.categories;
  const categoryNames = useMemo(() => categoryNamesById(categories ?? [], language), [categories, language]);

  if (error && errorKind(error) === 'forbidden') return <ForbiddenState />;

  const connection = data?.moderationQueue;
  const filtered = writeQueueFilters(filters).size > 0;
  let body;
  if (error && !connection) {
    body = <ErrorState title={t('admin.queue.loadFailed')} error={error} onRetry={() => void refetch()} />;
  } else if (!connection) {
    body = (
      <Stack gap="xs" aria-busy="true">
        <Skeleton height={40} />
        <Skeleton height={40} />
        <Skeleton height={40} />
      </Stack>
    );
  } else if (connection.edges.length === 0) {
    body = (
      <EmptyMessage title={filtered ? t('admin.queue.emptyFiltered') : t('admin.queue.empty')}>
        {filtered ? t('admin.queue.emptyFilteredHint') : t('admin.queue.emptyHint')}
      </EmptyMessage>
    );
  } else {
    body = (
      <Stack gap="md">
        <Paper withBorder radius="md">
          <QueueTable applications={connection.edges.map((edge) => edge.node)} categoryNames={categoryNames} />
        </Paper>
        <LoadMoreButton pageInfo={connection.pageInfo} onLoadMore={(after) => fetchMore({ variables: { after } })} />
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('admin.queue.title')}</Title>
        <Text c="dimmed">{t('admin.queue.intro')}</Text>
      </Stack>
      <QueueFilterBar
        filters={filters}
        categories={categories ?? []}
        onChange={(next) => setParams(writeQueueFilters(next), { replace: true })}
      />
      {body}
    </Stack>
  );
}
