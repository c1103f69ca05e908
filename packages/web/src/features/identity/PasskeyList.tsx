import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import type { PasskeyFieldsFragment } from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasskeyRemoveDialog } from './PasskeyRemoveDialog';
import { PasskeyRenameDialog } from './PasskeyRenameDialog';
import { useDateFormat } from './use-date-format';

/** The account's passkeys, one per line (wrapping on a phone): name, synced or not, added and last used, actions. */
export function PasskeyList({ passkeys }: { passkeys: PasskeyFieldsFragment[] }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const [renaming, setRenaming] = useState<PasskeyFieldsFragment | null>(null);
  const [removing, setRemoving] = useState<PasskeyFieldsFragment | null>(null);

  if (passkeys.length === 0) {
    return (
      <Text size="sm" data-testid="passkey-list-empty">
        {t('passkeys.empty')}
      </Text>
    );
  }
  return (
    <>
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {passkeys.map((passkey) => (
          <Group key={passkey.id} component="li" justify="space-between" gap="sm" wrap="wrap" data-testid="passkey-row">
            <Stack gap={2} style={{ minWidth: 0, flex: '1 1 14rem' }}>
              <Group gap="xs">
                <Text fw={600} style={{ overflowWrap: 'anywhere' }} data-testid="passkey-name">
                  {passkey.name}
                </Text>
                {passkey.backedUp && (
                  <Badge variant="light" size="sm">
                    {t('passkeys.synced')}
                  </Badge>
                )}
              </Group>
              <Text size="sm" c="dimmed">
                {t('passkeys.createdOn', { date: dateTime(passkey.createdAt) })} ·{' '}
                {passkey.lastUsedAt ? t('passkeys.lastUsed', { date: dateTime(passkey.lastUsedAt) }) : t('passkeys.neverUsed')}
              </Text>
            </Stack>
            <Group gap="xs">
              <Button
                size="xs"
                variant="default"
                onClick={() => setRenaming(passkey)}
                aria-label={t('passkeys.renameLabel', { name: passkey.name })}
              >
                {t('passkeys.rename')}
              </Button>
              <Button
                size="xs"
                variant="light"
                color="red"
                onClick={() => setRemoving(passkey)}
                aria-label={t('passkeys.removeLabel', { name: passkey.name })}
              >
                {t('passkeys.remove')}
              </Button>
            </Group>
          </Group>
        ))}
      </Stack>
      <PasskeyRenameDialog passkey={renaming} onClose={() => setRenaming(null)} />
      <PasskeyRemoveDialog passkey={removing} onClose={() => setRemoving(null)} />
    </>
  );
}
