import { useQuery } from '@apollo/client/react';
import { Skeleton, Stack, Text, Title } from '@mantine/core';
import { DeveloperWebhooksPageDocument } from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { EmptyMessage } from '../components/ui/EmptyMessage';
import { ErrorState } from '../components/ui/ErrorState';
import { useViewer } from '../features/identity/use-viewer';
import { DeveloperPageLinks } from '../features/developers/DeveloperPageLinks';
import { WebhookEndpointCard } from '../features/partners/WebhookEndpointCard';
import { WebhookEndpointForm, type RevealedSecret } from '../features/partners/WebhookEndpointForm';
import { WebhookSecretAlert } from '../features/partners/WebhookSecretAlert';
import { WebhookSignatureHelp } from '../features/partners/WebhookSignatureHelp';
import { useDocumentTitle } from '../lib/document-title';

/** How often the page asks for new deliveries while it is visible. */
const refreshMs = 5_000;

/**
 * `/developers/webhooks`, signed in only: the viewer's webhook endpoints with their recent deliveries and attempts
 * (refreshed every 5 seconds while the page is visible), a form to add one, the secret shown once, and how to
 * verify signatures.
 */
export function DeveloperWebhooksRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('webhooks.docTitle'));
  const { viewer, loading } = useViewer();
  const [revealed, setRevealed] = useState<RevealedSecret | null>(null);
  const page = useQuery(DeveloperWebhooksPageDocument, {
    skip: !viewer,
    fetchPolicy: 'cache-and-network',
    pollInterval: refreshMs,
    skipPollAttempt: () => document.visibilityState !== 'visible',
  });

  if (!loading && !viewer) return <Navigate to={`/sign-in?${new URLSearchParams({ next: '/developers/webhooks' }).toString()}`} replace />;

  const endpoints = page.data?.myWebhookEndpoints;
  let list;
  if (page.error && !endpoints) {
    list = <ErrorState title={t('webhooks.loadFailed')} error={page.error} onRetry={() => void page.refetch()} />;
  } else if (!endpoints) {
    list = (
      <Stack gap="sm" aria-busy="true">
        <Skeleton height={160} />
        <Skeleton height={160} />
      </Stack>
    );
  } else if (endpoints.length === 0) {
    list = <EmptyMessage title={t('webhooks.empty')}>{t('webhooks.emptyHint')}</EmptyMessage>;
  } else {
    list = endpoints.map((endpoint) => <WebhookEndpointCard key={endpoint.id} endpoint={endpoint} onSecret={setRevealed} />);
  }

  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <DeveloperPageLinks />
        <Title order={1}>{t('webhooks.title')}</Title>
        <Text c="dimmed">{t('webhooks.intro')}</Text>
      </Stack>
      {revealed && <WebhookSecretAlert revealed={revealed} onDismiss={() => setRevealed(null)} />}
      <WebhookEndpointForm onCreated={setRevealed} />
      <Stack gap="sm" component="section" aria-labelledby="webhook-endpoints-title">
        <Title order={2} size="h3" id="webhook-endpoints-title">
          {t('webhooks.endpoints')}
        </Title>
        {list}
      </Stack>
      <WebhookSignatureHelp />
    </Stack>
  );
}
