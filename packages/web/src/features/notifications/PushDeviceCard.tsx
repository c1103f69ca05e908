import { Alert, Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { PushDeviceFieldsFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import type { PushDeviceState } from './push-device-state';
import { PushDeviceList } from './PushDeviceList';
import { usePushDevice } from './use-push-device';

interface PushDeviceCardProps {
  settings: { publicKey: string | null; enabled: boolean };
  devices: readonly PushDeviceFieldsFragment[];
  onChanged: () => Promise<unknown>;
}

/**
 * "Notifications on this device", on the notification settings: what push notifications are, whether this browser
 * gets them (on, off, blocked by the browser and how to unblock, not possible here), a button to turn them on (the
 * browser asks for permission only then) or off, and every device of the account with a way to remove it.
 */
export function PushDeviceCard({ settings, devices, onChanged }: PushDeviceCardProps) {
  const { t } = useTranslation();
  const push = usePushDevice({ settings, devices, onChanged });
  const { state } = push;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="push-device-title" data-testid="push-device-card">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={2} size="h3" id="push-device-title">
            {t('pushDevice.title')}
          </Title>
          <StateBadge state={state} />
        </Group>
        <Text size="sm">{t('pushDevice.intro')}</Text>
        {state.kind === 'checking' ? (
          <Skeleton height={36} />
        ) : (
          <Text size="sm" data-testid="push-device-state" data-state={state.kind} role="status">
            {t(stateKey(state))}
          </Text>
        )}
        {push.failure && (
          <Alert color="orange" variant="light" role="alert">
            {push.failure}
          </Alert>
        )}
        {state.kind === 'off' && (
          <Group>
            <Button onClick={() => void push.turnOn()} loading={push.busy}>
              {t('pushDevice.turnOn')}
            </Button>
          </Group>
        )}
        {state.kind === 'on' && (
          <Group>
            <Button variant="default" onClick={() => void push.turnOff()} loading={push.busy}>
              {t('pushDevice.turnOff')}
            </Button>
          </Group>
        )}
        {settings.enabled && (
          <Stack gap="xs" mt="xs">
            <Title order={3} size="h5">
              {t('pushDevice.devicesTitle')}
            </Title>
            <PushDeviceList devices={devices} thisDeviceId={push.thisDeviceId} busy={push.busy} onRemove={(id) => void push.remove(id)} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function StateBadge({ state }: { state: PushDeviceState }) {
  const { t } = useTranslation();
  if (state.kind === 'on') return <Badge color="teal">{t('pushDevice.badgeOn')}</Badge>;
  if (state.kind === 'off' || state.kind === 'blocked') {
    return (
      <Badge color={state.kind === 'blocked' ? 'orange' : 'gray'} variant="light">
        {t(state.kind === 'blocked' ? 'pushDevice.badgeBlocked' : 'pushDevice.badgeOff')}
      </Badge>
    );
  }
  return null;
}

/** What the card says about this device. */
function stateKey(state: Exclude<PushDeviceState, { kind: 'checking' }>) {
  return state.kind === 'unsupported' ? (`pushDevice.unsupported.${state.why}` as const) : (`pushDevice.${state.kind}` as const);
}
