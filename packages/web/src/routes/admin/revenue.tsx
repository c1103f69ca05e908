import { useQuery } from '@apollo/client/react';
import { Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { AdminRevenuePageDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../components/ui/EmptyMessage';
import { ErrorState } from '../../components/ui/ErrorState';
import { ForbiddenState } from '../../components/ui/ForbiddenState';
import { RevenueTable } from '../../features/admin/RevenueTable';
import { OfflineNotice } from '../../features/billing/OfflineNotice';
import { VatReportDownload } from '../../features/tax-reports/VatReportDownload';
import { useDocumentTitle } from '../../lib/document-title';
import { errorKind } from '../../lib/errors';

/** `/admin/revenue`: what the platform charged, refunded and kept, per currency, from the ledger. */
export function AdminRevenueRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.revenue.docTitle'));
  const { data, error, refetch } = useQuery(AdminRevenuePageDocument, { fetchPolicy: 'cache-and-network' });

  if (error && errorKind(error) === 'forbidden') return <ForbiddenState />;

  let body;
  if (error && !data) body = <ErrorState title={t('admin.revenue.loadFailed')} error={error} onRetry={() => void refetch()} />;
  else if (!data) {
    body = (
      <Stack gap="xs" aria-busy="true">
        <Skeleton height={48} />
        <Skeleton height={48} />
      </Stack>
    );
  } else if (data.platformRevenue.length === 0) {
    body = <EmptyMessage title={t('admin.revenue.empty')}>{t('admin.revenue.emptyHint')}</EmptyMessage>;
  } else {
    body = (
      <Paper withBorder radius="md">
        <RevenueTable rows={data.platformRevenue} />
      </Paper>
    );
  }

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('admin.revenue.title')}</Title>
        <Text c="dimmed">{t('admin.revenue.intro')}</Text>
      </Stack>
      <OfflineNotice provider={data?.paymentProvider} context="revenue" />
      {body}
      <VatReportDownload />
    </Stack>
  );
}
