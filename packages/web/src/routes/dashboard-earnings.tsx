import { useQuery } from '@apollo/client/react';
import { Alert, Grid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { EarningsPageDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyMessage } from '../components/ui/EmptyMessage';
import { ErrorState } from '../components/ui/ErrorState';
import { RouterAnchor } from '../components/ui/RouterLink';
import { EarningsTable } from '../features/billing/EarningsTable';
import { OfflineNotice } from '../features/billing/OfflineNotice';
import { PayoutAccountPanel } from '../features/billing/PayoutAccountPanel';
import { useBookingsLive } from '../features/bookings/use-bookings-live';
import { RequireExpert } from '../features/identity/RequireExpert';
import { StatementDownloads } from '../features/tax-reports/StatementDownloads';
import { useDocumentTitle } from '../lib/document-title';

/** `/dashboard/earnings`, experts only: what they earned per currency, and their payout account. */
export function DashboardEarningsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('earnings.docTitle'));
  return (
    <RequireExpert>
      <Earnings />
    </RequireExpert>
  );
}

/**
 * Earnings come from the ledger; a payment, a completed session or a refund on one of the expert's bookings changes
 * them, so the page refetches on those events. `?onboarding=done|retry` is where the provider's form sends them back.
 */
function Earnings() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const onboarding = params.get('onboarding');
  const { data, error, refetch } = useQuery(EarningsPageDocument, { fetchPolicy: 'cache-and-network' });
  useBookingsLive(() => void refetch());

  let earnings;
  if (error && !data) earnings = <ErrorState title={t('earnings.loadFailed')} error={error} onRetry={() => void refetch()} />;
  else if (!data) {
    earnings = (
      <Stack gap="sm" aria-busy="true">
        <Skeleton height={48} />
        <Skeleton height={48} />
      </Stack>
    );
  } else if (data.myEarnings.length === 0) {
    earnings = <EmptyMessage title={t('earnings.empty')}>{t('earnings.emptyHint')}</EmptyMessage>;
  } else {
    earnings = (
      <Stack gap="xs">
        <EarningsTable earnings={data.myEarnings} />
        <Text size="xs" c="dimmed">
          {t('earnings.pendingNote')}
        </Text>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <RouterAnchor to="/dashboard" size="sm">
          {t('dashboard.back')}
        </RouterAnchor>
        <Title order={1}>{t('earnings.title')}</Title>
        <Text c="dimmed">{t('earnings.intro')}</Text>
      </Stack>
      {onboarding === 'done' && (
        <Alert color="teal" variant="light" title={t('earnings.onboarding.doneTitle')}>
          {t('earnings.onboarding.doneText')}
        </Alert>
      )}
      {onboarding === 'retry' && (
        <Alert color="orange" variant="light" title={t('earnings.onboarding.retryTitle')}>
          {t('earnings.onboarding.retryText')}
        </Alert>
      )}
      <OfflineNotice provider={data?.paymentProvider} context="earnings" />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="sm" component="section" aria-labelledby="earnings-title">
            <Title order={2} size="h3" id="earnings-title">
              {t('earnings.byCurrency')}
            </Title>
            {earnings}
            <StatementDownloads />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          {data ? (
            <PayoutAccountPanel account={data.myPayoutAccount ?? null} provider={data.paymentProvider.name} />
          ) : (
            !error && <Skeleton height={180} />
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
