import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterButton } from '../../components/ui/RouterLink';
import { paths } from '../../route-paths';

/** What an expert is told when they submit paid offerings before filling in their tax profile, with the way there. */
export function TaxProfileRequiredNotice() {
  const { t } = useTranslation();
  return (
    <Alert color="orange" variant="light" role="alert" title={t('tax.publish.requiredTitle')} data-testid="tax-profile-required">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('tax.publish.requiredText')}</Text>
        <RouterButton to={paths.taxProfile} size="xs" variant="default">
          {t('tax.publish.openProfile')}
        </RouterButton>
      </Stack>
    </Alert>
  );
}
