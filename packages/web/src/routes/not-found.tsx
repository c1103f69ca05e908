import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterButton } from '../components/ui/RouterLink';
import { useDocumentTitle } from '../lib/document-title';

/** Any URL no route matches. */
export function NotFoundRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.docTitle'));
  return (
    <Stack gap="md" align="flex-start" py="xl">
      <Text c="dimmed" fw={700}>
        404
      </Text>
      <Title order={1}>{t('notFound.title')}</Title>
      <Text>{t('notFound.text')}</Text>
      <RouterButton to="/" variant="light">
        {t('common.backHome')}
      </RouterButton>
    </Stack>
  );
}
