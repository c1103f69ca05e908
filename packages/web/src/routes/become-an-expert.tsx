import { useQuery } from '@apollo/client/react';
import { Skeleton, Stack, Text, Title } from '@mantine/core';
import { BecomeExpertPageDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { ErrorState } from '../components/ui/ErrorState';
import { ApplicationForm } from '../features/applications/ApplicationForm';
import { ApplicationStatusPanel } from '../features/applications/ApplicationStatusPanel';
import { useViewer } from '../features/identity/use-viewer';
import { useDocumentTitle } from '../lib/document-title';
import { errorKind } from '../lib/errors';

const signInPath = `/sign-in?${new URLSearchParams({ next: '/become-an-expert' }).toString()}`;

/**
 * `/become-an-expert`, signed in only: the expert application, where it stands, and for an approved expert the
 * edits to their profile (reviewed too, while the approved version stays online).
 */
export function BecomeExpertRoute() {
  const { t } = useTranslation();
  const { viewer, loading: viewerLoading } = useViewer();
  const { data, error, loading, refetch } = useQuery(BecomeExpertPageDocument, {
    skip: !viewer,
    fetchPolicy: 'cache-and-network',
  });
  const expert = data?.myExpertProfile ?? null;
  const title = expert ? t('apply.titleExpert') : t('apply.title');
  useDocumentTitle(title);

  if (!viewerLoading && !viewer) return <Navigate to={signInPath} replace />;
  if (error && !data) {
    if (errorKind(error) === 'unauthenticated') return <Navigate to={signInPath} replace />;
    return <ErrorState title={t('apply.loadFailed')} error={error} onRetry={() => void refetch()} />;
  }
  if (viewerLoading || (loading && !data) || !data) {
    return (
      <Stack gap="lg" maw={860} aria-busy="true">
        <Skeleton height={36} width="40%" />
        <Skeleton height={90} />
        <Skeleton height={420} />
      </Stack>
    );
  }
  if (!data.me) return <Navigate to={signInPath} replace />;

  const application = data.myApplication ?? null;
  return (
    <Stack gap="lg" maw={860}>
      <Stack gap={4}>
        <Title order={1}>{title}</Title>
        <Text c="dimmed">{expert ? t('apply.subtitleExpert') : t('apply.subtitle')}</Text>
      </Stack>
      <ApplicationStatusPanel application={application} expert={expert} />
      <ApplicationForm
        application={application}
        user={data.me}
        categories={data.categories}
        readOnly={application?.status === 'SUBMITTED'}
      />
    </Stack>
  );
}
