import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../lib/document-title';
import { RouterButton } from './RouterLink';

/** A page the viewer's account may not see (administration for a non-admin). */
export function ForbiddenState() {
  const { t } = useTranslation();
  useDocumentTitle(t('forbidden.title'));
  return (
    <Stack gap="md" align="flex-start" py="xl">
      <Text c="dimmed" fw={700}>
        403
      </Text>
      <Title order={1}>{t('forbidden.title')}</Title>
      <Text>{t('forbidden.text')}</Text>
      <RouterButton to="/" variant="light">
        {t('common.backHome')}
      </RouterButton>
    </Stack>
  );
}
