import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterButton } from '../../components/ui/RouterLink';
import { paths } from '../../route-paths';

/** The account page's way to the notification settings. */
export function NotificationSettingsLink() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="notification-settings-title">
      <Group justify="space-between" align="center" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 16rem' }}>
          <Title order={2} size="h3" id="notification-settings-title">
            {t('notifications.settingsTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('notifications.accountIntro')}
          </Text>
        </Stack>
        <RouterButton to={paths.notificationSettings} variant="default">
          {t('notifications.manage')}
        </RouterButton>
      </Group>
    </Paper>
  );
}
