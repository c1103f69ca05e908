import { Anchor, Code, Stack, Table, Text } from '@mantine/core';
import type { AuditTable_EntryFragment } from '@skillcall/schema';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDateFormat } from '../identity/use-date-format';

const targetTypes = ['application', 'expert', 'offering', 'category', 'refund_request'] as const;
type TargetType = (typeof targetTypes)[number];
const isTargetType = (value: string): value is TargetType => (targetTypes as readonly string[]).includes(value);

/** Where a target can be looked at: an expert's (or their offering's) profile, an application, the categories. */
function targetPath(entry: AuditTable_EntryFragment): string | null {
  if (entry.expert) return `/experts/${entry.expert.slug}`;
  switch (entry.targetType) {
    case 'application':
      return `/admin/applications/${entry.targetId}`;
    case 'category':
      return '/admin/categories';
    default:
      return null;
  }
}

/** The entry's details in words: an application's kind, a category's names and position. */
function detailsText(entry: AuditTable_EntryFragment, t: TFunction): string | null {
  const details = (entry.details ?? {}) as Record<string, unknown>;
  const parts: string[] = [];
  if (details.kind === 'INITIAL' || details.kind === 'EDIT') parts.push(t(`applicationKind.${details.kind}`));
  for (const field of ['slug', 'nameEn', 'nameFr', 'position'] as const) {
    const value = details[field];
    if (typeof value === 'string' || typeof value === 'number') parts.push(t(`admin.audit.details.${field}`, { value }));
  }
  return parts.length ? parts.join(' · ') : null;
}

/** The audit log, newest first: when, who, what, on what, and why. */
export function AuditTable({ entries }: { entries: AuditTable_EntryFragment[] }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" aria-label={t('admin.audit.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('admin.audit.columns.when')}</Table.Th>
            <Table.Th>{t('admin.audit.columns.actor')}</Table.Th>
            <Table.Th>{t('admin.audit.columns.action')}</Table.Th>
            <Table.Th>{t('admin.audit.columns.target')}</Table.Th>
            <Table.Th>{t('admin.audit.columns.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const path = targetPath(entry);
            const details = detailsText(entry, t);
            const shortId = entry.targetId.slice(0, 8);
            return (
              <Table.Tr key={entry.id}>
                <Table.Td>
                  <Text size="sm" component="time" dateTime={entry.createdAt} style={{ whiteSpace: 'nowrap' }}>
                    {dateTime(entry.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{entry.actor?.displayName ?? t('admin.deletedAccount')}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {t(`auditAction.${entry.action}`)}
                  </Text>
                  {details && (
                    <Text size="xs" c="dimmed">
                      {details}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Text size="sm">
                      {isTargetType(entry.targetType) ? t(`admin.audit.targetTypes.${entry.targetType}`) : entry.targetType}
                    </Text>
                    {path ? (
                      entry.expert ? (
                        <Anchor component={Link} to={path} size="sm" title={entry.targetId} data-testid="audit-target-expert">
                          {entry.expert.displayName}
                        </Anchor>
                      ) : (
                        <Anchor
                          component={Link}
                          to={path}
                          size="xs"
                          title={entry.targetId}
                          aria-label={t('admin.audit.openTarget', { id: entry.targetId })}
                        >
                          <Code>{shortId}</Code>
                        </Anchor>
                      )
                    ) : (
                      <Code title={entry.targetId} fz="xs" w="fit-content">
                        {shortId}
                      </Code>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td maw={320}>
                  {entry.reason ? (
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {entry.reason}
                    </Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
