import { useQuery } from '@apollo/client/react';
import { Button, Select, Stack, Text, Title } from '@mantine/core';
import { AdminExpertsPageDocument, type ExpertStatus } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyMessage } from '../../components/ui/EmptyMessage';
import { ForbiddenState } from '../../components/ui/ForbiddenState';
import { PagedTable } from '../../components/ui/PagedTable';
import { TextFilterForm } from '../../components/ui/TextFilterForm';
import { ExpertsTable } from '../../features/admin/ExpertsTable';
import { useDocumentTitle } from '../../lib/document-title';
import { errorKind } from '../../lib/errors';

const pageSize = 20;
const statuses: ExpertStatus[] = ['ACTIVE', 'SUSPENDED', 'DELETED'];
const isStatus = (value: string | null): value is ExpertStatus => statuses.includes(value as ExpertStatus);

/** `/admin/experts?q=&status=`: every approved expert, most recent first, with their offerings and the actions on them. */
export function AdminExpertsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.experts.docTitle'));
  const [params, setParams] = useSearchParams();
  const search = params.get('q')?.trim() ?? '';
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : null;
  const { data, error, refetch, fetchMore } = useQuery(AdminExpertsPageDocument, {
    variables: { search: search || null, status, first: pageSize },
    fetchPolicy: 'cache-and-network',
  });

  const setFilters = (next: { q: string; status: ExpertStatus | null }) => {
    const query = new URLSearchParams();
    if (next.q) query.set('q', next.q);
    if (next.status) query.set('status', next.status);
    setParams(query, { replace: true });
  };

  if (error && errorKind(error) === 'forbidden') return <ForbiddenState />;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('admin.experts.title')}</Title>
        <Text c="dimmed">{t('admin.experts.intro')}</Text>
      </Stack>
      <TextFilterForm
        value={search}
        onSubmit={(q) => setFilters({ q, status })}
        field={{
          name: 'q',
          type: 'search',
          label: t('admin.experts.search'),
          placeholder: t('admin.experts.searchPlaceholder'),
          width: 300,
        }}
        submitLabel={t('admin.experts.searchButton')}
        ariaLabel={t('admin.experts.filtersLabel')}
        gap="sm"
      >
        <Select
          label={t('admin.experts.status')}
          data={[
            { value: '', label: t('admin.experts.anyStatus') },
            ...statuses.map((value) => ({ value, label: t(`expertStatus.${value}`) })),
          ]}
          value={status ?? ''}
          onChange={(value) => setFilters({ q: search, status: isStatus(value) ? value : null })}
          allowDeselect={false}
          w={200}
        />
        {(search || status) && (
          <Button variant="subtle" onClick={() => setFilters({ q: '', status: null })}>
            {t('admin.experts.clearFilters')}
          </Button>
        )}
      </TextFilterForm>
      <PagedTable
        connection={data?.adminExperts}
        error={error}
        loadFailedTitle={t('admin.experts.loadFailed')}
        onRetry={() => void refetch()}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
        rowHeight={56}
        empty={
          <EmptyMessage title={search || status ? t('admin.experts.emptyFiltered') : t('admin.experts.empty')}>
            {search || status ? t('admin.experts.emptyFilteredHint') : t('admin.experts.emptyHint')}
          </EmptyMessage>
        }
      >
        {(nodes) => <ExpertsTable experts={nodes} />}
      </PagedTable>
    </Stack>
  );
}
