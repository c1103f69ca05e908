import { useQuery } from '@apollo/client/react';
import { Select, Stack, Text, Title } from '@mantine/core';
import { AdminAuditPageDocument, type AuditAction } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyMessage } from '../../components/ui/EmptyMessage';
import { ForbiddenState } from '../../components/ui/ForbiddenState';
import { PagedTable } from '../../components/ui/PagedTable';
import { AuditTable } from '../../features/admin/AuditTable';
import { useDocumentTitle } from '../../lib/document-title';
import { errorKind } from '../../lib/errors';

const pageSize = 25;
const actions: AuditAction[] = [
  'APPLICATION_APPROVED',
  'APPLICATION_CHANGES_REQUESTED',
  'APPLICATION_REJECTED',
  'EXPERT_SUSPENDED',
  'EXPERT_REINSTATED',
  'OFFERING_UNPUBLISHED',
  'OFFERING_REPUBLISHED',
  'CATEGORY_CREATED',
  'CATEGORY_UPDATED',
  'REFUND_GRANTED',
  'REFUND_DECLINED',
];
const isAction = (value: string | null): value is AuditAction => actions.includes(value as AuditAction);

/** `/admin/audit?action=`: what the administrators did, newest first. */
export function AdminAuditRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.audit.docTitle'));
  const [params, setParams] = useSearchParams();
  const actionParam = params.get('action');
  const action = isAction(actionParam) ? actionParam : null;
  const { data, error, refetch, fetchMore } = useQuery(AdminAuditPageDocument, {
    variables: { action, first: pageSize },
    fetchPolicy: 'cache-and-network',
  });

  if (error && errorKind(error) === 'forbidden') return <ForbiddenState />;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('admin.audit.title')}</Title>
        <Text c="dimmed">{t('admin.audit.intro')}</Text>
      </Stack>
      <Select
        label={t('admin.audit.action')}
        data={[{ value: '', label: t('admin.audit.anyAction') }, ...actions.map((value) => ({ value, label: t(`auditAction.${value}`) }))]}
        value={action ?? ''}
        onChange={(value) => setParams(isAction(value) ? { action: value } : {}, { replace: true })}
        allowDeselect={false}
        w={320}
      />
      <PagedTable
        connection={data?.auditLog}
        error={error}
        loadFailedTitle={t('admin.audit.loadFailed')}
        onRetry={() => void refetch()}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
        rowHeight={44}
        empty={
          <EmptyMessage title={action ? t('admin.audit.emptyFiltered') : t('admin.audit.empty')}>{t('admin.audit.emptyHint')}</EmptyMessage>
        }
      >
        {(nodes) => <AuditTable entries={nodes} />}
      </PagedTable>
    </Stack>
  );
}
