import { Code, List, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CodeSample } from './CodeSample';
import { DocSection } from './DocSection';
import { DocText } from './DocText';
import { webhookHandlerSnippet, webhookPayloadExample, webhookVerificationSnippet } from './examples';
import { sectionTitleKeys, webhookEventTypes } from '../../lib/partner-api';

/** The headers of a delivery, as sent (code, not prose: not translated). */
const deliveryHeaders = `Content-Type: application/json
Skillcall-Webhook-Id: <id>
Skillcall-Event-Type: BOOKING_CONFIRMED
Skillcall-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`;

/** Events pushed to partners' endpoints: what is sent, how it is signed and retried, and how to check it. */
export function WebhooksGuide() {
  const { t } = useTranslation();
  return (
    <DocSection id="webhooks" title={t(sectionTitleKeys.webhooks)}>
      <DocText i18nKey="developerDocs.webhooks.intro" />
      <CodeSample label="JSON" code={webhookPayloadExample} />
      <Title order={4}>{t('developerDocs.webhooks.eventsTitle')}</Title>
      <List size="sm" spacing={4}>
        {webhookEventTypes.map((type) => (
          <List.Item key={type}>
            <Code>{type}</Code> — {t(`developerDocs.webhooks.events.${type}`)}
          </List.Item>
        ))}
      </List>
      <DocText i18nKey="developerDocs.webhooks.headers" />
      <CodeSample label="HTTP" code={deliveryHeaders} />
      <DocText i18nKey="developerDocs.webhooks.answer" />
      <DocText i18nKey="developerDocs.webhooks.verify" />
      <CodeSample label="skillcall-signature.mjs" code={webhookVerificationSnippet} />
      <DocText i18nKey="developerDocs.webhooks.handler" />
      <CodeSample label="server.mjs" code={webhookHandlerSnippet} />
    </DocSection>
  );
}
