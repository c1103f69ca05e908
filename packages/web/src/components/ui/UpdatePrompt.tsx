import { Affix, Button, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * Registers the service worker (build/pwa.ts) once the page has loaded, and when a newer build's worker is waiting,
 * says so with a Reload button: the open tab runs the old code until then (navigations always fetch fresh pages, so
 * nothing stale is shown meanwhile). Nothing shows otherwise.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <Affix position={{ bottom: 16, left: 16 }} zIndex={400}>
      <Paper role="status" shadow="md" withBorder p="sm" maw={360}>
        <Group gap="sm" wrap="nowrap">
          <Text size="sm">{t('appUpdate.ready')}</Text>
          <Button size="xs" onClick={() => void updateServiceWorker(true)}>
            {t('appUpdate.reload')}
          </Button>
        </Group>
      </Paper>
    </Affix>
  );
}
