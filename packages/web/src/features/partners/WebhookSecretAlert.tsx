import { Alert, Button, Stack, Text } from '@mantine/core';
import { SecretField } from '../../components/ui/SecretField';
import { useTranslation } from 'react-i18next';
import type { RevealedSecret } from './WebhookEndpointForm';

/** A signing secret, shown this once after creating an endpoint or rolling its secret, with Copy. */
export function WebhookSecretAlert({ revealed, onDismiss }: { revealed: RevealedSecret; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="blue" variant="light" title={t('webhooks.secret.title')} data-testid="webhook-secret">
      <Stack gap="xs">
        <Text size="sm">{t('webhooks.secret.text', { url: revealed.url })}</Text>
        <SecretField
          label={t('webhooks.secret.label')}
          value={revealed.secret}
          copyLabel={t('webhooks.secret.copy')}
          copiedLabel={t('webhooks.secret.copied')}
          testId="webhook-secret-value"
        />
        <Button variant="subtle" size="xs" w="fit-content" onClick={onDismiss}>
          {t('webhooks.secret.dismiss')}
        </Button>
      </Stack>
    </Alert>
  );
}
