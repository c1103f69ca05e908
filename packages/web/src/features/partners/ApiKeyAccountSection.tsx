import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../../components/ui/RouterLink';

/** On the account page: where partners manage the keys their apps use. */
export function ApiKeyAccountSection() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="api-keys-account-title">
      <Stack gap="xs">
        <Title order={2} size="h3" id="api-keys-account-title">
          {t('apiKeys.account.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('apiKeys.account.text')}
        </Text>
        <RouterAnchor to="/developers/keys">{t('apiKeys.account.link')}</RouterAnchor>
      </Stack>
    </Paper>
  );
}
