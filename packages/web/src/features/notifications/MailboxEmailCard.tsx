import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { MailboxEmail_EmailFragment } from '@skillcall/schema';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkifiedText } from '../../components/ui/LinkifiedText';
import { useDateFormat } from '../identity/use-date-format';
import { EmailAttachments } from './EmailAttachments';

/** One recorded email: subject, recipient, when, its plain-text body with clickable links, and its attachments. */
export function MailboxEmailCard({ email }: { email: MailboxEmail_EmailFragment }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const titleId = useId();
  return (
    <Paper withBorder radius="md" p="lg" component="article" aria-labelledby={titleId} data-testid="mailbox-email">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Title order={2} size="h4" id={titleId}>
            {email.subject}
          </Title>
          <Badge variant="light" color="gray" tt="none">
            {email.template}
          </Badge>
        </Group>
        <Group gap="lg" wrap="wrap">
          <Text size="sm" data-testid="mailbox-email-to">
            {t('mailbox.to', { to: email.to })}
          </Text>
          <Text size="sm" c="dimmed">
            <time dateTime={email.sentAt}>{t('mailbox.sentAt', { date: dateTime(email.sentAt) })}</time>
          </Text>
        </Group>
        <LinkifiedText text={email.text} size="sm" mt="xs" data-testid="mailbox-email-text" />
        <EmailAttachments attachments={email.attachments} />
      </Stack>
    </Paper>
  );
}
