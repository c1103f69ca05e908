import { useQuery } from '@apollo/client/react';
import { Badge, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { AdminApplicationPageDocument } from '@skillcall/schema';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { ErrorState } from '../../components/ui/ErrorState';
import { ForbiddenState } from '../../components/ui/ForbiddenState';
import { NotFoundState } from '../../components/ui/NotFoundState';
import { RouterAnchor, RouterButton } from '../../components/ui/RouterLink';
import { categoryNamesById } from '../../features/admin/category-names';
import { DecisionPanel } from '../../features/admin/DecisionPanel';
import { ApplicationContentView } from '../../features/applications/ApplicationContentView';
import { ApplicationStatusBadge } from '../../features/applications/ApplicationStatusBadge';
import { useDateFormat } from '../../features/identity/use-date-format';
import { useDocumentTitle } from '../../lib/document-title';
import { errorKind } from '../../lib/errors';
import { currentLanguage } from '../../lib/i18n';

/** `/admin/applications/:id`: one application in full, who sent it, and the decision. */
export function AdminApplicationRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  // Back to the queue as it was filtered when this application was opened from it.
  const queueSearch = (useLocation().state as { queueSearch?: unknown } | null)?.queueSearch;
  const queuePath = `/admin${typeof queueSearch === 'string' && queueSearch.startsWith('?') ? queueSearch : ''}`;
  const { dateTime } = useDateFormat();
  const { data, error, loading, refetch } = useQuery(AdminApplicationPageDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const application = data?.application;
  const language = currentLanguage();
  const categoryNames = useMemo(() => categoryNamesById(data?.categories ?? [], language), [data?.categories, language]);
  const name = application?.content.displayName || application?.applicant?.displayName || '';
  useDocumentTitle(application ? t('admin.application.docTitle', { name }) : t('admin.application.docTitleLoading'));

  if (error && !data) {
    switch (errorKind(error)) {
      case 'forbidden':
        return <ForbiddenState />;
      case 'notFound':
        return (
          <NotFoundState
            title={t('admin.application.notFoundTitle')}
            text={t('admin.application.notFoundText')}
            action={
              <RouterButton to={queuePath} variant="light">
                {t('admin.application.backToQueue')}
              </RouterButton>
            }
          />
        );
      default:
        return <ErrorState title={t('admin.application.loadFailed')} error={error} onRetry={() => void refetch()} />;
    }
  }
  if ((loading && !data) || !application) {
    return (
      <Stack gap="md" aria-busy="true">
        <Skeleton height={36} width="50%" />
        <Skeleton height={120} />
        <Skeleton height={320} />
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <RouterAnchor to={queuePath} size="sm">
        {t('admin.application.backToQueue')}
      </RouterAnchor>
      <Stack gap={6}>
        <Title order={1}>{t('admin.application.title', { name })}</Title>
        <Group gap="xs">
          <ApplicationStatusBadge status={application.status} />
          <Badge variant="outline" color={application.kind === 'EDIT' ? 'grape' : 'blue'}>
            {t(`applicationKind.${application.kind}`)}
          </Badge>
          {application.submittedAt && (
            <Text size="sm" c="dimmed">
              {t('apply.status.submittedAt', { date: dateTime(application.submittedAt) })}
            </Text>
          )}
        </Group>
        <Text size="sm" data-testid="application-applicant">
          {t('admin.application.applicant', {
            name: application.applicant?.displayName ?? t('admin.deletedAccount'),
            email: application.applicant?.email ?? '—',
          })}
        </Text>
      </Stack>
      <DecisionPanel application={application} queuePath={queuePath} />
      <ApplicationContentView content={application.content} categoryNames={categoryNames} isEdit={application.kind === 'EDIT'} />
    </Stack>
  );
}
