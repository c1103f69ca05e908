import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { SecretField } from '../../components/ui/SecretField';
import { useTranslation } from 'react-i18next';

/** The new key's secret, shown this once: copy it now, the API keeps only its hash. */
export function ApiKeySecretNotice({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" title={t('apiKeys.secret.title', { name })} role="status" data-testid="api-key-created">
      <Stack gap="sm">
        <Text size="sm" fw={600}>
          {t('apiKeys.secret.once')}
        </Text>
        <SecretField
          label={t('apiKeys.secret.label')}
          value={secret}
          copyLabel={t('apiKeys.secret.copy')}
          copiedLabel={t('apiKeys.secret.copied')}
          testId="api-key-secret"
        />
        <Text size="sm">{t('apiKeys.secret.usage')}</Text>
        <Group>
          <Button variant="default" size="xs" onClick={onDone}>
            {t('apiKeys.secret.done')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
