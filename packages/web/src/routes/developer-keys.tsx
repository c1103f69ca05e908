import { useQuery } from '@apollo/client/react';
import { Skeleton, Stack, Text, Title } from '@mantine/core';
import { MyApiKeysDocument, type ApiKeyFieldsFragment } from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { ErrorState } from '../components/ui/ErrorState';
import { useViewer } from '../features/identity/use-viewer';
import { ApiKeyCreateForm } from '../features/partners/ApiKeyCreateForm';
import { DeveloperPageLinks } from '../features/developers/DeveloperPageLinks';
import { ApiKeyList } from '../features/partners/ApiKeyList';
import { ApiKeySecretNotice } from '../features/partners/ApiKeySecretNotice';
import { useDocumentTitle } from '../lib/document-title';

/**
 * `/developers/keys`, signed in only: create partner API keys (the secret is shown once, right after), see them all
 * with what they may reach and when they were last used, and revoke them.
 */
export function DeveloperKeysRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('apiKeys.docTitle'));
  const { viewer, loading } = useViewer();
  const keys = useQuery(MyApiKeysDocument, { skip: !viewer, fetchPolicy: 'cache-and-network' });
  const [created, setCreated] = useState<{ secret: string; apiKey: ApiKeyFieldsFragment } | null>(null);

  if (!loading && !viewer) return <Navigate to={`/sign-in?${new URLSearchParams({ next: '/developers/keys' }).toString()}`} replace />;

  let list;
  if (keys.error && !keys.data) {
    list = <ErrorState title={t('apiKeys.loadFailed')} error={keys.error} onRetry={() => void keys.refetch()} />;
  } else if (!keys.data) {
    list = (
      <Stack gap="sm" aria-busy="true">
        <Skeleton height={40} />
        <Skeleton height={40} />
      </Stack>
    );
  } else {
    list = <ApiKeyList apiKeys={keys.data.myApiKeys} />;
  }

  return (
    <Stack gap="lg" maw={960}>
      <DeveloperPageLinks />
      <Stack gap="xs">
        <Title order={1}>{t('apiKeys.title')}</Title>
        <Text c="dimmed">{t('apiKeys.intro')}</Text>
      </Stack>
      {created && <ApiKeySecretNotice name={created.apiKey.name} secret={created.secret} onDone={() => setCreated(null)} />}
      <ApiKeyCreateForm onCreated={setCreated} />
      <Stack gap="sm" component="section" aria-labelledby="api-key-list-title">
        <Title order={2} size="h3" id="api-key-list-title">
          {t('apiKeys.list.title')}
        </Title>
        {list}
      </Stack>
    </Stack>
  );
}
