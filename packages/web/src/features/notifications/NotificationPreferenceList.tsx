import { useMutation } from '@apollo/client/react';
import { Alert, Badge, Box, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { SetNotificationPreferenceDocument, type NotificationPreferenceFieldsFragment } from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assertNever, errorKind } from '../../lib/errors';

type Preference = NotificationPreferenceFieldsFragment;
type Channel = Preference['channels'][number]['channel'];

/** The channels' columns, left to right. */
const channelOrder: readonly Channel[] = ['EMAIL', 'PUSH'];

/**
 * Every kind of notification the viewer may get, each with one switch per channel (email; push for the kinds worth
 * interrupting someone for). The switches stand in columns, one per channel, in the same place on every kind (a kind
 * without push leaves its cell empty), beside the description on a wide screen and under it on a phone. Kinds that
 * cannot be turned off (security, billing, account) show their switches on and disabled, saying why.
 */
export function NotificationPreferenceList({ preferences }: { preferences: Preference[] }) {
  const { t } = useTranslation();
  const [setPreference] = useMutation(SetNotificationPreferenceDocument);
  /** What the viewer switched since the page loaded, by kind and channel. */
  const [switched, setSwitched] = useState<Record<string, boolean>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const columns = channelOrder.filter((channel) =>
    preferences.some((preference) => preference.channels.some((c) => c.channel === channel)),
  );

  const toggle = async (kind: Preference['kind'], channel: Channel, enabled: boolean) => {
    const key = `${kind}:${channel}`;
    // The switch moves at once; it moves back if the change is refused or fails.
    const undo = () => setSwitched((s) => ({ ...s, [key]: !enabled }));
    setSwitched((s) => ({ ...s, [key]: enabled }));
    setFailure(null);
    try {
      const { data } = await setPreference({ variables: { input: { kind, channel, enabled } } });
      const result = data?.setNotificationPreference;
      if (!result) return;
      switch (result.__typename) {
        case 'SetNotificationPreferenceSuccess':
          break;
        case 'NotificationAlwaysOnError':
          undo();
          setFailure(t('notifications.alwaysOnRefused'));
          break;
        case 'UnknownNotificationKindError':
          undo();
          setFailure(t('errors.internal'));
          break;
        case 'NotificationChannelNotOfferedError':
          undo();
          setFailure(t('pushErrors.NOTIFICATION_CHANNEL_NOT_OFFERED'));
          break;
        default:
          assertNever(result);
      }
    } catch (caught) {
      undo();
      setFailure(t(`errors.${errorKind(caught)}`));
    }
  };

  return (
    <Stack gap="sm">
      {failure && (
        <Alert color="red" variant="light" role="alert">
          {failure}
        </Alert>
      )}
      {preferences.map((preference) => (
        <Paper key={preference.kind} withBorder radius="md" p="md" data-testid="notification-kind" data-kind={preference.kind}>
          <Group justify="space-between" align="flex-start" gap="sm">
            <Stack gap={4} style={{ flex: '1 1 14rem' }}>
              <Group gap="xs">
                <Text fw={600} id={`kind-${preference.kind}`}>
                  {t(`notifications.kinds.${preference.kind}.label`)}
                </Text>
                {!preference.canTurnOff && (
                  <Badge variant="light" color="gray">
                    {t('notifications.alwaysOn')}
                  </Badge>
                )}
              </Group>
              <Text size="sm" c="dimmed" id={`kind-${preference.kind}-description`}>
                {t(`notifications.kinds.${preference.kind}.description`)}
                {!preference.canTurnOff && ` ${t('notifications.alwaysOnWhy')}`}
              </Text>
            </Stack>
            <Group gap="md" wrap="nowrap" align="flex-start">
              {columns.map((channel) => {
                const enabled = preference.channels.find((c) => c.channel === channel)?.enabled;
                const key = `${preference.kind}:${channel}`;
                return (
                  <Box key={channel} w="5.5rem">
                    {enabled !== undefined && (
                      <Switch
                        label={t(`notifications.channels.${channel}`)}
                        aria-label={t('notifications.switchLabel', {
                          kind: t(`notifications.kinds.${preference.kind}.label`),
                          channel: t(`notifications.channels.${channel}`),
                        })}
                        aria-describedby={`kind-${preference.kind}-description`}
                        checked={switched[key] ?? enabled}
                        disabled={!preference.canTurnOff}
                        onChange={(event) => void toggle(preference.kind, channel, event.currentTarget.checked)}
                      />
                    )}
                  </Box>
                );
              })}
            </Group>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
