import { useQuery } from '@apollo/client/react';
import { SegmentedControl, Skeleton, Stack, Text, Title } from '@mantine/core';
import { AdminReportsPageDocument, type ReportStatus } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyMessage } from '../../components/ui/EmptyMessage';
import { ErrorState } from '../../components/ui/ErrorState';
import { ForbiddenState } from '../../components/ui/ForbiddenState';
import { LoadMoreButton } from '../../components/ui/LoadMoreButton';
import { ReportCard } from '../../features/reports/ReportCard';
import { useDocumentTitle } from '../../lib/document-title';
import { errorKind } from '../../lib/errors';

const pageSize = 20;
const statuses: ReportStatus[] = ['OPEN', 'HIDDEN', 'KEPT'];
const isStatus = (value: string | null): value is ReportStatus => statuses.includes(value as ReportStatus);

/**
 * `/admin/reports?status=`: reports of reviews and profiles, oldest first. Open ones are hidden (the review leaves
 * lists and averages; the profile is suspended) or kept, each with a note; the decided ones show it.
 */
export function AdminReportsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('reports.admin.docTitle'));
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : 'OPEN';
  const { data, error, refetch, fetchMore } = useQuery(AdminReportsPageDocument, {
    variables: { status, first: pageSize },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.contentReports;

  if (error && errorKind(error) === 'forbidden') return <ForbiddenState />;

  let body;
  if (error && !connection) {
    body = <ErrorState title={t('reports.admin.loadFailed')} error={error} onRetry={() => void refetch()} />;
  } else if (!connection) {
    body = (
      <Stack gap="xs" aria-busy="true">
        <Skeleton height={140} />
        <Skeleton height={140} />
      </Stack>
    );
  } else if (connection.edges.length === 0) {
    body = (
      <EmptyMessage title={t(`reports.admin.empty.${status}`)}>{status === 'OPEN' ? t('reports.admin.emptyHint') : null}</EmptyMessage>
    );
  } else {
    body = (
      <Stack gap="md">
        <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('reports.admin.listLabel')}>
          {connection.edges.map(({ node }) => (
            <li key={node.id}>
              <ReportCard report={node} />
            </li>
          ))}
        </Stack>
        <LoadMoreButton pageInfo={connection.pageInfo} onLoadMore={(after) => fetchMore({ variables: { after } })} />
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('reports.admin.title')}</Title>
        <Text c="dimmed">{t('reports.admin.intro')}</Text>
      </Stack>
      <SegmentedControl
        aria-label={t('reports.admin.status')}
        data={statuses.map((value) => ({ value, label: t(`reports.status.${value}`) }))}
        value={status}
        onChange={(value) => setParams(isStatus(value) && value !== 'OPEN' ? { status: value } : {}, { replace: true })}
        w="fit-content"
      />
      {body}
    </Stack>
  );
}
