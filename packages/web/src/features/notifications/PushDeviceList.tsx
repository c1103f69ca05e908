import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import type { PushDeviceFieldsFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../identity/use-date-format';

interface PushDeviceListProps {
  devices: readonly PushDeviceFieldsFragment[];
  /** This browser's device, marked as such (removing it turns push off here too). */
  thisDeviceId: string | null;
  busy: boolean;
  onRemove: (id: string) => void;
}

/** The devices that get the account's push notifications, one per line (wrapping on a phone), each with Remove. */
export function PushDeviceList({ devices, thisDeviceId, busy, onRemove }: PushDeviceListProps) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  if (devices.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="push-device-list-empty">
        {t('pushDevice.noDevices')}
      </Text>
    );
  }
  return (
    <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {devices.map((device) => {
        const name = device.label ?? t('pushDevice.unnamed');
        return (
          <Group key={device.id} component="li" justify="space-between" gap="sm" wrap="wrap" data-testid="push-device-row">
            <Stack gap={2} style={{ minWidth: 0, flex: '1 1 14rem' }}>
              <Group gap="xs">
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {name}
                </Text>
                {device.id === thisDeviceId && (
                  <Badge variant="light" size="sm">
                    {t('pushDevice.thisDevice')}
                  </Badge>
                )}
              </Group>
              <Text size="sm" c="dimmed">
                {t('pushDevice.added', { date: dateTime(device.createdAt) })} ·{' '}
                {device.lastUsedAt ? t('pushDevice.lastUsed', { date: dateTime(device.lastUsedAt) }) : t('pushDevice.neverUsed')}
              </Text>
            </Stack>
            <Button
              size="xs"
              variant="light"
              color="red"
              disabled={busy}
              onClick={() => onRemove(device.id)}
              aria-label={t('pushDevice.removeLabel', { name })}
            >
              {t('pushDevice.remove')}
            </Button>
          </Group>
        );
      })}
    </Stack>
  );
}
