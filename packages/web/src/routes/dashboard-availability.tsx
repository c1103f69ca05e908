import { useQuery } from '@apollo/client/react';
import { Skeleton, Stack, Text, Title } from '@mantine/core';
import { AvailabilityPageDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../components/ui/ErrorState';
import { RouterAnchor } from '../components/ui/RouterLink';
import { AvailabilityForm } from '../features/availability/AvailabilityForm';
import { RequireExpert } from '../features/identity/RequireExpert';
import { useDocumentTitle } from '../lib/document-title';

/** `/dashboard/availability`, experts only: when users can book them. */
export function DashboardAvailabilityRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('availabilityEditor.docTitle'));
  return (
    <RequireExpert>
      <AvailabilityEditor />
    </RequireExpert>
  );
}

function AvailabilityEditor() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(AvailabilityPageDocument, { fetchPolicy: 'network-only' });

  let body;
  if (error && !data) body = <ErrorState title={t('availabilityEditor.loadFailed')} error={error} onRetry={() => void refetch()} />;
  else if (!data) {
    body = (
      <Stack gap="lg" aria-busy="true">
        <Skeleton height={90} />
        <Skeleton height={360} />
        <Skeleton height={120} />
      </Stack>
    );
  } else body = <AvailabilityForm availability={data.myAvailability} />;

  return (
    <Stack gap="lg" maw={860}>
      <Stack gap={4}>
        <RouterAnchor to="/dashboard" size="sm">
          {t('dashboard.back')}
        </RouterAnchor>
        <Title order={1}>{t('availabilityEditor.title')}</Title>
        <Text c="dimmed">{t('availabilityEditor.intro')}</Text>
      </Stack>
      {body}
    </Stack>
  );
}
