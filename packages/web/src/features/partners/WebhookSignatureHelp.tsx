import { Code, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The check a receiver makes, in Node (the API's own `verifyWebhookSignature`, in webhook.policy.ts). */
const nodeExample = `import { createHmac, timingSafeEqual } from 'node:crypto';

// header: the Skillcall-Signature header; body: the raw request body, before JSON.parse
export function verifyWebhookSignature(secret, header, body, toleranceSeconds = 300, now = new Date()) {
  const parts = header.split(',').map((part) => part.trim().split('='));
  const timestamp = parts.find(([key]) => key === 't')?.[1];
  if (!timestamp || !/^\\d+$/.test(timestamp)) return false;
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > toleranceSeconds) return false;
  const expected = Buffer.from(createHmac('sha256', secret).update(\`\${timestamp}.\${body}\`, 'utf8').digest('hex'), 'utf8');
  return parts.some(([key, value]) => {
    if (key !== 'v1' || !value) return false;
    const given = Buffer.from(value, 'utf8');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}`;

/** How to check that a request comes from Skillcall: the header's format, and code to copy. */
export function WebhookSignatureHelp() {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="webhook-verify-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="webhook-verify-title">
          {t('webhooks.verify.title')}
        </Title>
        <Text size="sm">{t('webhooks.verify.text')}</Text>
        <Code block tabIndex={0}>
          Skillcall-Signature: t=1767225600,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd
        </Code>
        <Text size="sm">{t('webhooks.verify.steps')}</Text>
        <Code block fz="xs" data-testid="webhook-verify-code" tabIndex={0}>
          {nodeExample}
        </Code>
        <Text size="sm" c="dimmed">
          {t('webhooks.verify.retries')}
        </Text>
      </Stack>
    </Paper>
  );
}
