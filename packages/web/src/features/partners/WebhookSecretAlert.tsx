import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RevealedSecret } from './WebhookEndpointForm';

/** A signing secret, shown this once after creating an endpoint or rolling its secret, with Copy. */
export function WebhookSecretAlert({ revealed, onDismiss }: { revealed: RevealedSecret; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="blue" variant="light" title={t('webhooks.secret.title')} data-testid="webhook-secret">
      <Stack gap="xs">
        <Text size="sm">{t('webhooks.secret.text', { url: revealed.url })}</Text>
        <Group gap="xs" wrap="nowrap" align="flex-end">
          <TextInput
            label={t('webhooks.secret.label')}
            value={revealed.secret}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
            style={{ flex: 1 }}
            ff="monospace"
            data-testid="webhook-secret-value"
          />
          <CopyButton value={revealed.secret}>
            {({ copied, copy }) => (
              <Button variant={copied ? 'filled' : 'default'} color={copied ? 'teal' : undefined} onClick={copy}>
                {copied ? t('webhooks.secret.copied') : t('webhooks.secret.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Button variant="subtle" size="xs" w="fit-content" onClick={onDismiss}>
          {t('webhooks.secret.dismiss')}
        </Button>
      </Stack>
    </Alert>
  );
}
