import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterButton } from '../../components/ui/RouterLink';
import { paths } from '../../route-paths';

/** The account page's way to the tax profile (experts, and people applying to sell paid sessions). */
export function TaxProfileLink() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="tax-profile-link-title">
      <Group justify="space-between" align="center" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 16rem' }}>
          <Title order={2} size="h3" id="tax-profile-link-title">
            {t('tax.profile.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('tax.profile.accountIntro')}
          </Text>
        </Stack>
        <RouterButton to={paths.taxProfile} variant="default">
          {t('tax.profile.manage')}
        </RouterButton>
      </Group>
    </Paper>
  );
}
