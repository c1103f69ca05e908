import { useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { HomePageDocument } from '@skillcall/schema';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { CategoryGrid, CategoryGridSkeleton } from '../features/catalog/CategoryGrid';
import { useDocumentTitle } from '../lib/document-title';

/** Shown only on an empty catalogue (a new installation): loaded then, not with every first visit. */
const EmptyMessage = lazy(async () => ({ default: (await import('../components/ui/EmptyMessage')).EmptyMessage }));
/** Shown only when the catalogue cannot load: its code and the error strings load then. */
const ErrorState = lazy(async () => ({ default: (await import('../components/ui/ErrorState')).ErrorState }));

/** `/`: what Skillcall is, and the categories to browse. */
export function HomeRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.docTitle'), { suffix: false });
  const { data, error, loading, refetch } = useQuery(HomePageDocument);

  return (
    <Stack gap="xl">
      <Stack gap="xs" py="lg" maw={720}>
        <Title order={1}>{t('home.heroTitle')}</Title>
        <Text size="lg" c="dimmed">
          {t('home.heroText')}
        </Text>
      </Stack>
      <Stack gap="md" component="section" aria-labelledby="browse-title">
        <Title order={2} size="h3" id="browse-title">
          {t('home.browse')}
        </Title>
        {error && !data ? (
          <Suspense>
            <ErrorState title={t('home.loadFailed')} error={error} onRetry={() => void refetch()} />
          </Suspense>
        ) : loading && !data ? (
          <CategoryGridSkeleton />
        ) : data && data.categories.length > 0 ? (
          <CategoryGrid categories={data.categories} />
        ) : (
          <Suspense>
            <EmptyMessage title={t('home.empty')}>{t('home.emptyHint')}</EmptyMessage>
          </Suspense>
        )}
      </Stack>
    </Stack>
  );
}
