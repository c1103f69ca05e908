import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
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
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <TextInput
            label={t('apiKeys.secret.label')}
            value={secret}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
            styles={{ input: { fontFamily: 'monospace' } }}
            style={{ flex: 1 }}
            data-testid="api-key-secret"
          />
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button variant={copied ? 'filled' : 'default'} color={copied ? 'teal' : undefined} onClick={copy}>
                {copied ? t('apiKeys.secret.copied') : t('apiKeys.secret.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
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
