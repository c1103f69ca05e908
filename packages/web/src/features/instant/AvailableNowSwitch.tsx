import { useMutation } from '@apollo/client/react';
import { Alert, Group, Paper, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { AvailableNowSwitch_SetAvailableNowDocument } from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorKind } from '../../lib/errors';
import { AvailabilityBadge } from '../experts/AvailabilityBadge';

interface AvailableNowSwitchProps {
  /** The console's presence: undefined until the console is connected. */
  presence: { switchedOn: boolean; availableNow: boolean } | undefined;
}

/**
 * The expert's "Available now" switch. What it shows comes from the console subscription (the live truth); turning it
 * makes the API publish the change, which comes back through the console (the choice shows meanwhile).
 */
export function AvailableNowSwitch({ presence }: AvailableNowSwitchProps) {
  const { t } = useTranslation();
  const [setAvailableNow, { loading }] = useMutation(AvailableNowSwitch_SetAvailableNowDocument);
  const [error, setError] = useState<unknown>(null);
  // What the expert just chose, shown until the console reports the next state (the object it was chosen against).
  const [chosen, setChosen] = useState<{ switchedOn: boolean; basis: AvailableNowSwitchProps['presence'] } | null>(null);
  const switchedOn = chosen && chosen.basis === presence ? chosen.switchedOn : presence?.switchedOn;

  const toggle = async (available: boolean) => {
    setError(null);
    setChosen({ switchedOn: available, basis: presence });
    try {
      await setAvailableNow({ variables: { input: { available } } });
    } catch (caught) {
      setChosen(null);
      setError(caught);
    }
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="available-now-title">
      <Stack gap="sm">
        <Group justify="space-between" align="center" wrap="wrap">
          <Title order={2} size="h3" id="available-now-title">
            {t('dashboard.presence.title')}
          </Title>
          {presence && <AvailabilityBadge availableNow={presence.availableNow} data-testid="dashboard-presence" />}
        </Group>
        {presence ? (
          <Switch
            size="md"
            label={t('dashboard.presence.switch')}
            checked={switchedOn ?? false}
            disabled={loading}
            onChange={(event) => void toggle(event.currentTarget.checked)}
          />
        ) : (
          <Skeleton height={28} width={220} aria-label={t('dashboard.presence.connecting')} />
        )}
        <Text size="sm" c="dimmed">
          {t('dashboard.presence.onlyWhileOpen')}
        </Text>
        {error !== null && (
          <Alert color="red" variant="light" role="alert">
            {t(`errors.${errorKind(error)}`)}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
