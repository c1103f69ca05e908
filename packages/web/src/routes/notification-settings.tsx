import { useQuery } from '@apollo/client/react';
import { Skeleton, Stack, Text, Title } from '@mantine/core';
import { NotificationSettingsPageDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { ErrorState } from '../components/ui/ErrorState';
import { RouterAnchor } from '../components/ui/RouterLink';
import { NotificationPreferenceList } from '../features/notifications/NotificationPreferenceList';
import { PushDeviceCard } from '../features/notifications/PushDeviceCard';
import { useDocumentTitle } from '../lib/document-title';
import { errorKind } from '../lib/errors';
import { paths } from '../route-paths';

const signInPath = `${paths.signIn}?${new URLSearchParams({ next: paths.notificationSettings }).toString()}`;

/**
 * `/account/notifications`, signed in only: push notifications on this device (and the account's devices), and which
 * kinds of notification to get, per channel (email, push).
 */
export function NotificationSettingsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.docTitle'));
  const { data, error, loading, refetch } = useQuery(NotificationSettingsPageDocument, { fetchPolicy: 'cache-and-network' });

  let body;
  if (error && !data) {
    if (errorKind(error) === 'unauthenticated') return <Navigate to={signInPath} replace />;
    body = <ErrorState title={t('notifications.loadFailed')} error={error} onRetry={() => void refetch()} />;
  } else if (loading && !data) {
    body = (
      <Stack gap="sm" aria-busy="true">
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} height={72} />
        ))}
      </Stack>
    );
  } else if (!data?.me) {
    return <Navigate to={signInPath} replace />;
  } else {
    body = (
      <>
        <PushDeviceCard settings={data.pushSettings} devices={data.me.pushDevices ?? []} onChanged={() => refetch()} />
        <NotificationPreferenceList preferences={data.myNotificationPreferences} />
      </>
    );
  }

  return (
    <Stack gap="lg" maw={720}>
      <RouterAnchor to={paths.account} size="sm">
        {t('notifications.backToAccount')}
      </RouterAnchor>
      <Stack gap={4}>
        <Title order={1}>{t('notifications.settingsTitle')}</Title>
        <Text c="dimmed">{data?.me?.email ? t('notifications.intro', { email: data.me.email }) : t('notifications.introNoEmail')}</Text>
      </Stack>
      {body}
    </Stack>
  );
}
