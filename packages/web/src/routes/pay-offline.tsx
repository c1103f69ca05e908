import { useQuery } from '@apollo/client/react';
import { Alert, Skeleton, Stack, Text, Title } from '@mantine/core';
import { OfflineCheckoutPageDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { ErrorState } from '../components/ui/ErrorState';
import { OfflineCheckoutForm } from '../features/billing/OfflineCheckoutForm';
import { useViewer } from '../features/identity/use-viewer';
import { useDocumentTitle } from '../lib/document-title';
import { errorKind } from '../lib/errors';
import { BookingNotFound } from '../features/bookings/BookingNotFound';

/**
 * `/pay/offline/:checkoutId`: the offline payment provider's checkout page, which stands in for Stripe Checkout when
 * Skillcall takes no real payments. For the booking's user only; it says plainly that no real money moves.
 */
export function PayOfflineRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('billing.checkout.docTitle'));
  const { checkoutId = '' } = useParams();
  const { viewer, loading: viewerLoading } = useViewer();
  const { data, error, refetch } = useQuery(OfflineCheckoutPageDocument, {
    variables: { id: checkoutId },
    skip: !viewer,
    fetchPolicy: 'cache-and-network',
  });

  if (!viewerLoading && !viewer) {
    return <Navigate to={`/sign-in?${new URLSearchParams({ next: `/pay/offline/${checkoutId}` }).toString()}`} replace />;
  }

  // With a provider that moves real money there is no offline checkout: the API answers NOT_FOUND.
  if ((error && !data && errorKind(error) === 'notFound') || (data && !data.offlineCheckout))
    return <BookingNotFound title={t('billing.checkout.notFoundTitle')} text={t('billing.checkout.notFoundText')} />;
  let body;
  if (error && !data) body = <ErrorState title={t('billing.checkout.loadFailed')} error={error} onRetry={() => void refetch()} />;
  else if (!data?.offlineCheckout) {
    body = (
      <Stack gap="md" aria-busy="true">
        <Skeleton height={40} width="40%" />
        <Skeleton height={180} />
      </Stack>
    );
  } else body = <OfflineCheckoutForm checkout={data.offlineCheckout} />;

  return (
    <Stack gap="lg" maw={640}>
      <Alert color="yellow" variant="filled" title={t('billing.checkout.bannerTitle')} data-testid="offline-banner">
        {t('billing.checkout.bannerText')}
      </Alert>
      <Stack gap={4}>
        <Title order={1}>{t('billing.checkout.title')}</Title>
        <Text c="dimmed">{t('billing.checkout.intro')}</Text>
      </Stack>
      {body}
    </Stack>
  );
}
