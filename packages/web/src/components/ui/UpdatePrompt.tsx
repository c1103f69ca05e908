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
  // The page reloads once the new worker controls it. vite-plugin-pwa reloads by itself only in a tab that had a
  // worker when it opened, not in one opened on a first visit, so the reload is asked for here.
  const reload = () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    void updateServiceWorker(true);
  };
  return (
    // Above the bottom navigation on a phone (`--bottom-nav-offset`, layout/BottomNav.module.css).
    <Affix position={{ bottom: 'calc(16px + var(--bottom-nav-offset, 0px))', left: 16 }} zIndex={400}>
      <Paper role="status" shadow="md" withBorder p="sm" maw={360}>
        <Group gap="sm" wrap="nowrap">
          <Text size="sm">{t('appUpdate.ready')}</Text>
          <Button size="xs" onClick={reload}>
            {t('appUpdate.reload')}
          </Button>
        </Group>
      </Paper>
    </Affix>
  );
}
