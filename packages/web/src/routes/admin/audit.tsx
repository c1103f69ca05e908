import { useQuery } from '@apollo/client/react';
import { Paper, Select, Skeleton, Stack, Text, Title } from '@mantine/core';
import { AdminAuditPageDocument, type AuditAction } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyMessage } from '../../components/ui/EmptyMessage';
import { ErrorState } from '../../components/ui/ErrorState';
import { ForbiddenState } from '../../components/ui/ForbiddenState';
import { LoadMoreButton } from '../../components/ui/LoadMoreButton';
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

  const connection = data?.auditLog;
  let body;
  if (error && !connection) {
    body = <ErrorState title={t('admin.audit.loadFailed')} error={error} onRetry={() => void refetch()} />;
  } else if (!connection) {
    body = (
      <Stack gap="xs" aria-busy="true">
        <Skeleton height={44} />
        <Skeleton height={44} />
        <Skeleton height={44} />
      </Stack>
    );
  } else if (connection.edges.length === 0) {
    body = (
      <EmptyMessage title={action ? t('admin.audit.emptyFiltered') : t('admin.audit.empty')}>{t('admin.audit.emptyHint')}</EmptyMessage>
    );
  } else {
    body = (
      <Stack gap="md">
        <Paper withBorder radius="md">
          <AuditTable entries={connection.edges.map((edge) => edge.node)} />
        </Paper>
        <LoadMoreButton pageInfo={connection.pageInfo} onLoadMore={(after) => fetchMore({ variables: { after } })} />
      </Stack>
    );
  }

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
      {body}
    </Stack>
  );
}
