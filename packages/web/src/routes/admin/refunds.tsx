import { useQuery } from '@apollo/client/react';
import { Select, Stack, Text, Title } from '@mantine/core';
import { AdminRefundsPageDocument, type RefundRequestStatus } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyMessage } from '../../components/ui/EmptyMessage';
import { ForbiddenState } from '../../components/ui/ForbiddenState';
import { PagedTable } from '../../components/ui/PagedTable';
import { RefundRequestsTable } from '../../features/admin/RefundRequestsTable';
import { useDocumentTitle } from '../../lib/document-title';
import { errorKind } from '../../lib/errors';

const pageSize = 20;
const statuses: RefundRequestStatus[] = ['PENDING_ADMIN', 'GRANTED', 'DECLINED'];
const isStatus = (value: string | null): value is RefundRequestStatus => statuses.includes(value as RefundRequestStatus);

/**
 * `/admin/refunds?status=`: refund requests under the satisfaction guarantee that the abuse rule sent to review, oldest
 * first, to grant or decline; the decided ones with the status filter.
 */
export function AdminRefundsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.refunds.docTitle'));
  const [params, setParams] = useSearchParams();
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : 'PENDING_ADMIN';
  const { data, error, refetch, fetchMore } = useQuery(AdminRefundsPageDocument, {
    variables: { status, first: pageSize },
    fetchPolicy: 'cache-and-network',
  });

  if (error && errorKind(error) === 'forbidden') return <ForbiddenState />;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('admin.refunds.title')}</Title>
        <Text c="dimmed">{t('admin.refunds.intro')}</Text>
      </Stack>
      <Select
        label={t('admin.refunds.status')}
        data={statuses.map((value) => ({ value, label: t(`refundRequestStatus.${value}`) }))}
        value={status}
        onChange={(value) => setParams(isStatus(value) && value !== 'PENDING_ADMIN' ? { status: value } : {}, { replace: true })}
        allowDeselect={false}
        w={260}
      />
      <PagedTable
        connection={data?.refundRequests}
        error={error}
        loadFailedTitle={t('admin.refunds.loadFailed')}
        onRetry={() => void refetch()}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
        rowHeight={64}
        empty={
          <EmptyMessage title={t(`admin.refunds.empty.${status}`)}>
            {status === 'PENDING_ADMIN' ? t('admin.refunds.emptyHint') : null}
          </EmptyMessage>
        }
      >
        {(nodes) => <RefundRequestsTable requests={nodes} />}
      </PagedTable>
    </Stack>
  );
}
