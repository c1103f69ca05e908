import { useQuery } from '@apollo/client/react';
import { Skeleton, Stack, Text, Title } from '@mantine/core';
import { TaxProfilePageDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { ErrorState } from '../components/ui/ErrorState';
import { RouterAnchor } from '../components/ui/RouterLink';
import { TaxProfileForm } from '../features/tax/TaxProfileForm';
import { useDocumentTitle } from '../lib/document-title';
import { errorKind } from '../lib/errors';
import { paths } from '../route-paths';

const signInPath = `${paths.signIn}?${new URLSearchParams({ next: paths.taxProfile }).toString()}`;

/** `/account/tax`, signed in only: the expert's tax profile, required before a first paid offering is published. */
export function TaxProfileRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('tax.profile.docTitle'));
  const { data, error, loading, refetch } = useQuery(TaxProfilePageDocument, { fetchPolicy: 'cache-and-network' });

  let body;
  if (error && !data) {
    if (errorKind(error) === 'unauthenticated') return <Navigate to={signInPath} replace />;
    body = <ErrorState title={t('tax.profile.loadFailed')} error={error} onRetry={() => void refetch()} />;
  } else if (loading && !data) {
    body = <Skeleton height={420} aria-busy="true" />;
  } else if (!data?.me) {
    return <Navigate to={signInPath} replace />;
  } else {
    body = <TaxProfileForm profile={data.myTaxProfile} settings={data.taxSettings} />;
  }

  return (
    <Stack gap="lg" maw={720}>
      <RouterAnchor to={paths.account} size="sm">
        {t('tax.profile.backToAccount')}
      </RouterAnchor>
      <Stack gap={4}>
        <Title order={1}>{t('tax.profile.title')}</Title>
        <Text c="dimmed">{t('tax.profile.intro')}</Text>
      </Stack>
      {body}
    </Stack>
  );
}
