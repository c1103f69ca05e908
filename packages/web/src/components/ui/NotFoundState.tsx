import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterButton } from './RouterLink';

/** Something the address names does not exist (or is hidden): say so as the page's heading, and offer a way on. */
export function NotFoundState({ title, text, action }: { title: string; text: string; action?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" align="flex-start" py="xl">
      <Text c="dimmed" fw={700}>
        404
      </Text>
      <Title order={1}>{title}</Title>
      <Text>{text}</Text>
      {action ?? (
        <RouterButton to="/" variant="light">
          {t('common.backHome')}
        </RouterButton>
      )}
    </Stack>
  );
}
