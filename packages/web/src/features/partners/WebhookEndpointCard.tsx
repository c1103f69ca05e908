import { useMutation } from '@apollo/client/react';
import { Badge, Button, Code, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  DeleteWebhookEndpointDocument,
  DeveloperWebhooksPageDocument,
  RollWebhookSecretDocument,
  SendTestWebhookDocument,
  UpdateWebhookEndpointDocument,
  type WebhookEndpointCard_EndpointFragment,
} from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assertNever, errorKind } from '../../lib/errors';
import type { RevealedSecret } from './WebhookEndpointForm';
import { WebhookDeliveries } from './WebhookDeliveries';

type Confirming = 'delete' | 'roll' | null;

/**
 * One endpoint: its URL, note, events and whether it is on; Send test event, Enable/Disable, Roll secret (the new
 * one goes to `onSecret`, shown once) and Delete, both confirmed first; then its recent deliveries.
 */
export function WebhookEndpointCard({
  endpoint,
  onSecret,
}: {
  endpoint: WebhookEndpointCard_EndpointFragment;
  onSecret: (revealed: RevealedSecret) => void;
}) {
  const { t } = useTranslation();
  const refetch = { refetchQueries: [DeveloperWebhooksPageDocument], awaitRefetchQueries: true };
  const [sendTest, testing] = useMutation(SendTestWebhookDocument, refetch);
  const [update, updating] = useMutation(UpdateWebhookEndpointDocument);
  const [roll, rolling] = useMutation(RollWebhookSecretDocument);
  const [remove, removing] = useMutation(DeleteWebhookEndpointDocument, refetch);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const input = { endpointId: endpoint.id };

  /** Runs one action; anything unexpected becomes a notification. */
  const run = async (action: () => Promise<string | null>) => {
    try {
      const message = await action();
      if (message) notifications.show({ color: 'teal', message });
    } catch (error) {
      notifications.show({ color: 'red', message: t(`errors.${errorKind(error)}`) });
    }
  };

  const toggle = () =>
    run(async () => {
      const { data } = await update({ variables: { input: { ...input, enabled: !endpoint.enabled } } });
      const result = data?.updateWebhookEndpoint;
      if (!result) throw new Error('updateWebhookEndpoint returned no data');
      switch (result.__typename) {
        case 'WebhookEndpointPayload':
          return t(result.endpoint.enabled ? 'webhooks.endpoint.nowEnabled' : 'webhooks.endpoint.nowDisabled');
        case 'InvalidInputError':
          throw new Error(result.fieldErrors.map((e) => e.message).join(' '));
        default:
          return assertNever(result);
      }
    });
  const test = () =>
    run(async () => {
      await sendTest({ variables: { input } });
      return t('webhooks.endpoint.testSent');
    });
  const confirm = (action: NonNullable<Confirming>) =>
    run(async () => {
      setConfirming(null);
      if (action === 'roll') {
        const { data } = await roll({ variables: { input } });
        if (data) onSecret({ url: endpoint.url, secret: data.rollWebhookSecret.secret });
        return null;
      }
      await remove({ variables: { input } });
      return t('webhooks.endpoint.deleted');
    });

  const deliveries = endpoint.deliveries.edges.map((edge) => edge.node);
  return (
    <Paper withBorder radius="md" p="lg" data-testid="webhook-endpoint">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Title order={3} size="h4" style={{ overflowWrap: 'anywhere' }}>
              <Code fz="sm">{endpoint.url}</Code>
            </Title>
            {endpoint.description && (
              <Text size="sm" c="dimmed">
                {endpoint.description}
              </Text>
            )}
          </Stack>
          <Badge color={endpoint.enabled ? 'teal' : 'gray'} variant="light" tt="none" data-testid="webhook-endpoint-state">
            {t(endpoint.enabled ? 'webhooks.endpoint.enabled' : 'webhooks.endpoint.disabled')}
          </Badge>
        </Group>
        <Group gap={6} aria-label={t('webhooks.endpoint.events')}>
          {endpoint.eventTypes.map((type) => (
            <Badge key={type} variant="outline" tt="none" title={t(`webhooks.events.${type}.hint`)}>
              {t(`webhooks.events.${type}.label`)}
            </Badge>
          ))}
        </Group>
        <Group gap="xs">
          <Button size="xs" disabled={!endpoint.enabled} loading={testing.loading} onClick={() => void test()}>
            {t('webhooks.endpoint.sendTest')}
          </Button>
          <Button size="xs" variant="default" loading={updating.loading} onClick={() => void toggle()}>
            {t(endpoint.enabled ? 'webhooks.endpoint.disable' : 'webhooks.endpoint.enable')}
          </Button>
          <Button size="xs" variant="default" loading={rolling.loading} onClick={() => setConfirming('roll')}>
            {t('webhooks.endpoint.roll')}
          </Button>
          <Button size="xs" variant="light" color="red" loading={removing.loading} onClick={() => setConfirming('delete')}>
            {t('webhooks.endpoint.delete')}
          </Button>
        </Group>
        <Title order={4} size="h5">
          {t('webhooks.endpoint.deliveries')}
        </Title>
        <WebhookDeliveries deliveries={deliveries} more={endpoint.deliveries.pageInfo.hasNextPage} />
      </Stack>
      <Modal
        opened={confirming !== null}
        onClose={() => setConfirming(null)}
        title={confirming && t(`webhooks.confirm.${confirming}.title`)}
        centered
      >
        <Stack gap="md">
          <Text size="sm">{confirming && t(`webhooks.confirm.${confirming}.text`, { url: endpoint.url })}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={() => confirming && void confirm(confirming)}>
              {confirming && t(`webhooks.confirm.${confirming}.action`)}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
