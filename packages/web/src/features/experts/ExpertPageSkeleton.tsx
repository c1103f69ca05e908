import { Grid, Paper, SimpleGrid, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The expert page while it loads, in the final layout's shape (profile header, facts beside or above the bio,
 * offerings) and at least a screen tall: the footer starts below the fold and stays there when the page arrives,
 * instead of jumping down from the bottom of the screen (a layout shift, CLS).
 */
export function ExpertPageSkeleton() {
  const { t } = useTranslation();
  return (
    <Stack gap="xl" mih="100vh" aria-busy="true" aria-label={t('common.loading')}>
      <Stack gap="xs">
        <Skeleton height={36} width="50%" />
        <Skeleton height={22} width="75%" />
        <Skeleton height={20} width={140} />
      </Stack>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="xl">
            <Stack gap="sm">
              <Skeleton height={26} width={120} />
              <Skeleton height={96} />
            </Stack>
            <Stack gap="sm">
              <Skeleton height={26} width={140} />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <Skeleton height={200} radius="md" />
                <Skeleton height={200} radius="md" />
              </SimpleGrid>
            </Stack>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Paper withBorder radius="md" p="lg">
            <Stack gap="sm">
              <Skeleton height={18} width="60%" />
              <Skeleton height={18} width="80%" />
              <Skeleton height={18} width="50%" />
              <Skeleton height={18} width="70%" />
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
