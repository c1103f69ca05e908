import { useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { AdminQueuePageDocument } from '@skillcall/schema';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyMessage } from '../../components/ui/EmptyMessage';
import { ForbiddenState } from '../../components/ui/ForbiddenState';
import { PagedTable } from '../../components/ui/PagedTable';
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

  const filtered = writeQueueFilters(filters).size > 0;
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
      <PagedTable
        connection={data?.moderationQueue}
        error={error}
        loadFailedTitle={t('admin.queue.loadFailed')}
        onRetry={() => void refetch()}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
        rowHeight={40}
        empty={
          <EmptyMessage title={filtered ? t('admin.queue.emptyFiltered') : t('admin.queue.empty')}>
            {filtered ? t('admin.queue.emptyFilteredHint') : t('admin.queue.emptyHint')}
          </EmptyMessage>
        }
      >
        {(nodes) => <QueueTable applications={nodes} categoryNames={categoryNames} />}
      </PagedTable>
    </Stack>
  );
}
