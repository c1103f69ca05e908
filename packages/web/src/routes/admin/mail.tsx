import { useQuery } from '@apollo/client/react';
import { Stack, Text, Title } from '@mantine/core';
import { AdminUndeliveredEmailsPageDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../components/ui/EmptyMessage';
import { ForbiddenState } from '../../components/ui/ForbiddenState';
import { PagedTable } from '../../components/ui/PagedTable';
import { UndeliveredMailTable } from '../../features/admin/UndeliveredMailTable';
import { useDocumentTitle } from '../../lib/document-title';
import { errorKind } from '../../lib/errors';

const pageSize = 25;

/** `/admin/mail`: email the mail server refused, or that is still waiting long after it was written. */
export function AdminMailRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.mail.docTitle'));
  const { data, error, refetch, fetchMore } = useQuery(AdminUndeliveredEmailsPageDocument, {
    variables: { first: pageSize },
    fetchPolicy: 'cache-and-network',
  });

  if (error && errorKind(error) === 'forbidden') return <ForbiddenState />;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('admin.mail.title')}</Title>
        <Text c="dimmed">{t('admin.mail.intro')}</Text>
      </Stack>
      <PagedTable
        connection={data?.undeliveredEmails}
        error={error}
        loadFailedTitle={t('admin.mail.loadFailed')}
        onRetry={() => void refetch()}
        onLoadMore={(after) => fetchMore({ variables: { after } })}
        rowHeight={56}
        empty={<EmptyMessage title={t('admin.mail.empty')}>{t('admin.mail.emptyHint')}</EmptyMessage>}
      >
        {(nodes) => <UndeliveredMailTable emails={nodes} />}
      </PagedTable>
    </Stack>
  );
}
