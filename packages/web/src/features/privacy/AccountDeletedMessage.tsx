import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { RouterButton } from '../../components/ui/RouterLink';

/** Shown once the account is deleted (the browser is signed out). */
export function AccountDeletedMessage() {
  const { t } = useTranslation();
  const cancelled = (useLocation().state as { cancelledBookings?: number } | null)?.cancelledBookings ?? 0;
  return (
    <Stack gap="md" align="flex-start" py="xl" maw={640} role="status">
      <Title order={1}>{t('privacy.deleted.title')}</Title>
      <Text>{t('privacy.deleted.text')}</Text>
      {cancelled > 0 && <Text>{t('privacy.deleted.cancelled', { count: cancelled })}</Text>}
      <RouterButton to="/" variant="light">
        {t('common.backHome')}
      </RouterButton>
    </Stack>
  );
}
