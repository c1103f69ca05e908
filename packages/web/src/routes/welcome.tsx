import { useQuery } from '@apollo/client/react';
import { Skeleton } from '@mantine/core';
import { MeDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { ErrorState } from '../components/ui/ErrorState';
import { PageCard } from '../components/ui/PageCard';
import { WelcomeForm } from '../features/identity/WelcomeForm';
import { useDocumentTitle } from '../lib/document-title';
import { safeNextPath } from '../lib/safe-path';

/** `/welcome?next=`: where an account just created through a provider confirms its language and time zone. */
export function WelcomeRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('providers.welcome.docTitle'));
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'), '/account');
  const { data, error, loading, refetch } = useQuery(MeDocument, { fetchPolicy: 'cache-and-network' });
  if (error && !data) return <ErrorState title={t('account.loadFailed')} error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton height={320} maw={480} mx="auto" aria-busy="true" />;
  if (!data?.me) return <Navigate to={`/sign-in?${new URLSearchParams({ next: '/account' }).toString()}`} replace />;
  return (
    <PageCard title={t('providers.welcome.title', { name: data.me.displayName })}>
      <WelcomeForm user={data.me} next={next} />
    </PageCard>
  );
}
