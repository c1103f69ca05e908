import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { DevMailboxPageDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyMessage } from '../components/ui/EmptyMessage';
import { ErrorState } from '../components/ui/ErrorState';
import { MailboxEmailCard } from '../features/notifications/MailboxEmailCard';
import { MailboxFilter } from '../features/notifications/MailboxFilter';
import { useDocumentTitle } from '../lib/document-title';
import { errorKind } from '../lib/errors';

const pageSize = 10;

/** `/dev/mailbox?to=`: the emails the embedded mailer recorded, newest first, a page at a time. */
export function DevMailboxRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('mailbox.docTitle'));
  const [params, setParams] = useSearchParams();
  const to = params.get('to')?.trim() ?? '';
  const { data, error, networkStatus, refetch, fetchMore } = useQuery(DevMailboxPageDocument, {
    variables: { first: pageSize, to: to || null },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.devMailbox;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  const setFilter = (value: string) => setParams(value ? { to: value } : {}, { replace: true });

  const disabled = Boolean(error) && errorKind(error) === 'notFound';
  let body;
  if (disabled) {
    body = (
      <Alert color="gray" variant="light" role="status">
        {t('mailbox.disabled')}
      </Alert>
    );
  } else if (error && !connection) {
    body = <ErrorState title={t('mailbox.loadFailed')} error={error} onRetry={() => void refetch()} />;
  } else if (!connection) {
    body = (
      <Stack gap="md" aria-busy="true">
        <Skeleton height={140} />
        <Skeleton height={140} />
      </Stack>
    );
  } else if (connection.edges.length === 0) {
    body = <EmptyMessage title={to ? t('mailbox.emptyFiltered', { to }) : t('mailbox.empty')}>{t('mailbox.emptyHint')}</EmptyMessage>;
  } else {
    const { endCursor, hasNextPage } = connection.pageInfo;
    body = (
      <Stack gap="md">
        {connection.edges.map((edge) => (
          <MailboxEmailCard key={edge.node.id} email={edge.node} />
        ))}
        {error && <ErrorState title={t('mailbox.loadFailed')} error={error} />}
        {hasNextPage && endCursor && (
          <Group justify="center">
            <Button variant="default" loading={loadingMore} onClick={() => void fetchMore({ variables: { after: endCursor } })}>
              {t('mailbox.loadMore')}
            </Button>
          </Group>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={860}>
      <Stack gap={4}>
        <Title order={1}>{t('mailbox.title')}</Title>
        <Text c="dimmed">{t('mailbox.intro')}</Text>
      </Stack>
      {!disabled && (
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <MailboxFilter value={to} onChange={setFilter} />
          <Button variant="subtle" onClick={() => void refetch()} loading={networkStatus === NetworkStatus.refetch}>
            {t('mailbox.refresh')}
          </Button>
        </Group>
      )}
      {body}
    </Stack>
  );
}
