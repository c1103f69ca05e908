import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { useDocumentTitle } from '../lib/document-title';

/** Shown when a page crashes while rendering: no stack trace, a way out. */
export function RouteErrorBoundary() {
  const { t } = useTranslation();
  const error = useRouteError();
  useDocumentTitle(t('routeError.title'));
  console.error(error);
  return (
    <Container size="sm" py="xl">
      <Stack gap="md" align="flex-start">
        <Title order={1}>{t('routeError.title')}</Title>
        <Text>{t('routeError.text')}</Text>
        <Button onClick={() => window.location.reload()}>{t('routeError.reload')}</Button>
      </Stack>
    </Container>
  );
}
