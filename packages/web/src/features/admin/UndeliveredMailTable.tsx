import { Badge, Code, Stack, Table, Text } from '@mantine/core';
import type { AdminUndeliveredEmailsPageQuery } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '../identity/use-date-format';

type UndeliveredEmail = AdminUndeliveredEmailsPageQuery['undeliveredEmails']['edges'][number]['node'];

/** Email that did not go out, newest first: to whom, which email, where it stands, and what the mail server said. */
export function UndeliveredMailTable({ emails }: { emails: UndeliveredEmail[] }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="sm" aria-label={t('admin.mail.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('admin.mail.columns.to')}</Table.Th>
            <Table.Th>{t('admin.mail.columns.template')}</Table.Th>
            <Table.Th>{t('admin.mail.columns.status')}</Table.Th>
            <Table.Th>{t('admin.mail.columns.attempts')}</Table.Th>
            <Table.Th>{t('admin.mail.columns.reply')}</Table.Th>
            <Table.Th>{t('admin.mail.columns.when')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {emails.map((email) => (
            <Table.Tr key={email.id} data-testid="undelivered-email">
              <Table.Td>
                <Text size="sm">{email.to}</Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">{email.subject}</Text>
                  <Code fz="xs" w="fit-content">
                    {email.template}
                  </Code>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Badge color={email.status === 'FAILED' ? 'red' : 'yellow'} variant="light">
                  {t(`admin.mail.status.${email.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{email.attempts}</Text>
              </Table.Td>
              <Table.Td maw={360}>
                {email.lastReply ? (
                  <Code block fz="xs" style={{ whiteSpace: 'pre-wrap' }}>
                    {email.lastReply}
                  </Code>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('admin.mail.noReply')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="xs">{t('admin.mail.queuedAt', { date: dateTime(email.queuedAt) })}</Text>
                  {email.lastAttemptAt && <Text size="xs">{t('admin.mail.lastAttemptAt', { date: dateTime(email.lastAttemptAt) })}</Text>}
                  {email.failedAt && <Text size="xs">{t('admin.mail.failedAt', { date: dateTime(email.failedAt) })}</Text>}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
