import { Affix, Button, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "A new version is ready" with its Reload button (UpdateWatcher loads it only when a newer build is waiting). */
export function UpdateReadyNotice({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    // Above the bottom navigation on a phone (`--bottom-nav-offset`, layout/BottomNav.module.css).
    <Affix position={{ bottom: 'calc(16px + var(--bottom-nav-offset, 0px))', left: 16 }} zIndex={400}>
      <Paper role="status" shadow="md" withBorder p="sm" maw={360}>
        <Group gap="sm" wrap="nowrap">
          <Text size="sm">{t('appUpdate.ready')}</Text>
          <Button size="xs" onClick={onReload}>
            {t('appUpdate.reload')}
          </Button>
        </Group>
      </Paper>
    </Affix>
  );
}
