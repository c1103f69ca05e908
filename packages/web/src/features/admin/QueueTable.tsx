import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import type { QueueTable_ApplicationFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { formatRelative } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { ApplicationStatusBadge } from '../applications/ApplicationStatusBadge';
import { useDateFormat } from '../identity/use-date-format';

interface QueueTableProps {
  applications: QueueTable_ApplicationFragment[];
  /** Category names by id, in the language shown. */
  categoryNames: ReadonlyMap<string, string>;
}

/** Applications waiting (or decided), oldest first; each row opens the application. */
export function QueueTable({ applications, categoryNames }: QueueTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The application page goes back to the queue as filtered now.
  const state = { queueSearch: useLocation().search };
  const { dateTime } = useDateFormat();
  const language = currentLanguage();
  const now = new Date();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table highlightOnHover verticalSpacing="sm" aria-label={t('admin.queue.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('admin.queue.columns.applicant')}</Table.Th>
            <Table.Th>{t('admin.queue.columns.displayName')}</Table.Th>
            <Table.Th>{t('admin.queue.columns.kind')}</Table.Th>
            <Table.Th>{t('admin.queue.columns.categories')}</Table.Th>
            <Table.Th>{t('admin.queue.columns.submitted')}</Table.Th>
            <Table.Th>{t('admin.queue.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {applications.map((application) => {
            const to = `/admin/applications/${application.id}`;
            return (
              <Table.Tr key={application.id} style={{ cursor: 'pointer' }} onClick={() => void navigate(to, { state })}>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm">{application.applicant?.displayName ?? t('admin.deletedAccount')}</Text>
                    {application.applicant?.email && (
                      <Text size="xs" c="dimmed">
                        {application.applicant.email}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={to} state={state} size="sm" fw={600} onClick={(event) => event.stopPropagation()}>
                    {application.content.displayName || t('admin.queue.untitled')}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge
                    variant="outline"
                    color={application.kind === 'EDIT' ? 'grape' : 'blue'}
                    tt="none"
                    style={{ minWidth: 'max-content' }}
                  >
                    {t(`applicationKind.${application.kind}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    {application.content.categoryIds.map((id) => (
                      <Text key={id} size="sm">
                        {categoryNames.get(id) ?? id}
                      </Text>
                    ))}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {application.submittedAt && (
                    <Text size="sm" component="time" dateTime={application.submittedAt} title={dateTime(application.submittedAt)}>
                      {formatRelative(application.submittedAt, language, now)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <ApplicationStatusBadge status={application.status} tt="none" style={{ minWidth: 'max-content' }} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
