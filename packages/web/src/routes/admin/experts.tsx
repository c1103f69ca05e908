import { useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Select, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { AdminExpertsPageDocument, type ExpertStatus } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyMessage } from '../../components/ui/EmptyMessage';
import { ErrorState } from '../../components/ui/ErrorState';
import { ForbiddenState } from '../../components/ui/ForbiddenState';
import { LoadMoreButton } from '../../components/ui/LoadMoreButton';
import { ExpertsTable } from '../../features/admin/ExpertsTable';
import { useDocumentTitle } from '../../lib/document-title';
import { errorKind } from '../../lib/errors';

const pageSize = 20;
const statuses: ExpertStatus[] = ['ACTIVE', 'SUSPENDED'];
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

  const connection = data?.adminExperts;
  let body;
  if (error && !connection) {
    body = <ErrorState title={t('admin.experts.loadFailed')} error={error} onRetry={() => void refetch()} />;
  } else if (!connection) {
    body = (
      <Stack gap="xs" aria-busy="true">
        <Skeleton height={56} />
        <Skeleton height={56} />
        <Skeleton height={56} />
      </Stack>
    );
  } else if (connection.edges.length === 0) {
    body = (
      <EmptyMessage title={search || status ? t('admin.experts.emptyFiltered') : t('admin.experts.empty')}>
        {search || status ? t('admin.experts.emptyFilteredHint') : t('admin.experts.emptyHint')}
      </EmptyMessage>
    );
  } else {
    body = (
      <Stack gap="md">
        <Paper withBorder radius="md">
          <ExpertsTable experts={connection.edges.map((edge) => edge.node)} />
        </Paper>
        <LoadMoreButton pageInfo={connection.pageInfo} onLoadMore={(after) => fetchMore({ variables: { after } })} />
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('admin.experts.title')}</Title>
        <Text c="dimmed">{t('admin.experts.intro')}</Text>
      </Stack>
      <form
        role="search"
        aria-label={t('admin.experts.filtersLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          setFilters({ q: String(new FormData(event.currentTarget).get('q') ?? '').trim(), status });
        }}
      >
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            key={search}
            name="q"
            type="search"
            label={t('admin.experts.search')}
            placeholder={t('admin.experts.searchPlaceholder')}
            defaultValue={search}
            w={300}
          />
          <Button type="submit" variant="default">
            {t('admin.experts.searchButton')}
          </Button>
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
        </Group>
      </form>
      {body}
    </Stack>
  );
}
