import { Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ApiKeyFieldsFragment } from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../components/ui/EmptyMessage';
import { useDateFormat } from '../identity/use-date-format';
import { apiKeyScopes } from '../../lib/partner-api';
import { ApiKeyRevokeDialog } from './ApiKeyRevokeDialog';

/** The viewer's keys, newest first: what each may reach, when it was created and last used, revoked or not. */
export function ApiKeyList({ apiKeys }: { apiKeys: ApiKeyFieldsFragment[] }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const [revoking, setRevoking] = useState<ApiKeyFieldsFragment | null>(null);

  if (apiKeys.length === 0) {
    return (
      <div data-testid="api-key-list-empty">
        <EmptyMessage title={t('apiKeys.list.empty')}>{t('apiKeys.list.emptyHint')}</EmptyMessage>
      </div>
    );
  }

  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('apiKeys.list.name')}</Table.Th>
              <Table.Th>{t('apiKeys.list.prefix')}</Table.Th>
              <Table.Th>{t('apiKeys.list.scopes')}</Table.Th>
              <Table.Th>{t('apiKeys.list.created')}</Table.Th>
              <Table.Th>{t('apiKeys.list.lastUsed')}</Table.Th>
              <Table.Th>{t('apiKeys.list.status')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('apiKeys.list.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {apiKeys.map((key) => (
              <Table.Tr key={key.id} data-testid="api-key-row" c={key.revokedAt ? 'dimmed' : undefined}>
                <Table.Td fw={600}>{key.name}</Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {key.prefix}…
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {apiKeyScopes
                      .filter((scope) => key.scopes.includes(scope))
                      .map((scope) => (
                        <Badge key={scope} variant="light" size="sm">
                          {t(`apiKeys.scopes.${scope}.label`)}
                        </Badge>
                      ))}
                  </Group>
                </Table.Td>
                <Table.Td>{dateTime(key.createdAt)}</Table.Td>
                <Table.Td>{key.lastUsedAt ? dateTime(key.lastUsedAt) : t('apiKeys.list.never')}</Table.Td>
                <Table.Td data-testid="api-key-status">
                  {key.revokedAt ? t('apiKeys.list.revokedOn', { date: dateTime(key.revokedAt) }) : t('apiKeys.list.active')}
                </Table.Td>
                <Table.Td>
                  {!key.revokedAt && (
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      onClick={() => setRevoking(key)}
                      aria-label={t('apiKeys.list.revokeLabel', { name: key.name })}
                    >
                      {t('apiKeys.list.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ApiKeyRevokeDialog apiKey={revoking} onClose={() => setRevoking(null)} />
    </>
  );
}
