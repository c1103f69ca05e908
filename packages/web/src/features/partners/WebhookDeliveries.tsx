import { useMutation } from '@apollo/client/react';
import { Badge, Button, Code, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  DeveloperWebhooksPageDocument,
  RedeliverWebhookDocument,
  type WebhookDeliveryRow_DeliveryFragment,
  type WebhookDeliveryStatus,
} from '@skillcall/schema';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assertNever, errorKind } from '../../lib/errors';
import { useDateFormat } from '../identity/use-date-format';

const statusColors: Record<WebhookDeliveryStatus, string> = { PENDING: 'orange', SUCCEEDED: 'teal', FAILED: 'red' };

export function WebhookDeliveryStatusBadge({ status }: { status: WebhookDeliveryStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant="light" tt="none" data-testid="webhook-delivery-status">
      {t(`webhooks.status.${status}`)}
    </Badge>
  );
}

/** Every attempt of one delivery: when, the HTTP status or why none came, how long, and the start of the answer. */
function WebhookAttempts({ delivery }: { delivery: WebhookDeliveryRow_DeliveryFragment }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  if (delivery.attempts.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('webhooks.attempt.none')}
      </Text>
    );
  return (
    <Stack gap="xs" data-testid="webhook-attempts">
      {delivery.attempts.map((attempt, index) => (
        <Stack key={attempt.id} gap={2}>
          <Group gap="sm">
            <Text size="sm" fw={500}>
              {t('webhooks.attempt.number', { number: index + 1 })}
            </Text>
            <Text size="sm">{format.dateTime(attempt.attemptedAt)}</Text>
            {attempt.responseStatus !== null ? (
              <Badge variant="outline" color={attempt.responseStatus < 300 ? 'teal' : 'red'} tt="none">
                {t('webhooks.attempt.httpStatus', { status: attempt.responseStatus })}
              </Badge>
            ) : (
              <Badge variant="outline" color="red" tt="none">
                {t('webhooks.attempt.noAnswer')}
              </Badge>
            )}
            <Text size="sm" c="dimmed">
              {t('webhooks.attempt.duration', { ms: attempt.durationMs })}
            </Text>
          </Group>
          {attempt.error && (
            <Text size="sm" c="red">
              {attempt.error}
            </Text>
          )}
          {attempt.responseExcerpt && (
            <Code block fz="xs" aria-label={t('webhooks.attempt.response')} tabIndex={0}>
              {attempt.responseExcerpt}
            </Code>
          )}
        </Stack>
      ))}
    </Stack>
  );
}

/** One endpoint's recent deliveries, newest first: event, when, status, attempts (expandable) and Retry. */
export function WebhookDeliveries({ deliveries, more }: { deliveries: WebhookDeliveryRow_DeliveryFragment[]; more: boolean }) {
  const { t } = useTranslation();
  const format = useDateFormat();
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [redeliver, { loading }] = useMutation(RedeliverWebhookDocument, { refetchQueries: [DeveloperWebhooksPageDocument] });

  if (deliveries.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('webhooks.delivery.empty')}
      </Text>
    );

  const toggle = (id: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const retry = async (deliveryId: string) => {
    try {
      const { data } = await redeliver({ variables: { input: { deliveryId } } });
      const result = data?.redeliverWebhook;
      if (!result) throw new Error('redeliverWebhook returned no data');
      switch (result.__typename) {
        case 'WebhookDeliveryPayload':
          notifications.show({ color: 'teal', message: t('webhooks.delivery.retried') });
          return;
        case 'WebhookDeliveryPendingError':
          notifications.show({ color: 'orange', message: t('webhooks.delivery.stillPending') });
          return;
        default:
          assertNever(result);
      }
    } catch (error) {
      notifications.show({ color: 'red', message: t(`errors.${errorKind(error)}`) });
    }
  };

  return (
    <Stack gap="xs">
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" data-testid="webhook-deliveries">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('webhooks.delivery.event')}</Table.Th>
              <Table.Th>{t('webhooks.delivery.created')}</Table.Th>
              <Table.Th>{t('webhooks.delivery.status')}</Table.Th>
              <Table.Th>{t('webhooks.delivery.attempts')}</Table.Th>
              <Table.Th>{t('webhooks.delivery.nextAttempt')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('webhooks.delivery.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {deliveries.map((delivery) => (
              <Fragment key={delivery.id}>
                <Table.Tr data-testid="webhook-delivery">
                  <Table.Td>
                    {/* The event in words, and its type as the receiver reads it in the payload. */}
                    <Stack gap={2}>
                      <Text size="sm">{t(`webhooks.events.${delivery.eventType}.label`)}</Text>
                      <Code w="fit-content">{delivery.eventType}</Code>
                    </Stack>
                  </Table.Td>
                  <Table.Td>{format.dateTime(delivery.createdAt)}</Table.Td>
                  <Table.Td>
                    <WebhookDeliveryStatusBadge status={delivery.status} />
                  </Table.Td>
                  <Table.Td>
                    <Button variant="subtle" size="compact-sm" aria-expanded={open.has(delivery.id)} onClick={() => toggle(delivery.id)}>
                      {t(open.has(delivery.id) ? 'webhooks.delivery.hideAttempts' : 'webhooks.delivery.showAttempts', {
                        count: delivery.attempts.length,
                      })}
                    </Button>
                  </Table.Td>
                  <Table.Td>{delivery.nextAttemptAt ? format.dateTime(delivery.nextAttemptAt) : '—'}</Table.Td>
                  <Table.Td>
                    {delivery.status !== 'PENDING' && (
                      <Button variant="default" size="compact-sm" loading={loading} onClick={() => void retry(delivery.id)}>
                        {t('webhooks.delivery.retry')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
                {open.has(delivery.id) && (
                  <Table.Tr>
                    <Table.Td colSpan={6}>
                      <WebhookAttempts delivery={delivery} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {more && (
        <Text size="xs" c="dimmed">
          {t('webhooks.delivery.onlyRecent')}
        </Text>
      )}
    </Stack>
  );
}
