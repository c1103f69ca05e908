import { useQuery } from '@apollo/client/react';
import { Alert, Group, Loader, Skeleton, Stack, Text, Title } from '@mantine/core';
import { HelpRequestPageDocument, type IncomingRequest_RequestFragment } from '@skillcall/schema';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorState } from '../components/ui/ErrorState';
import { RouterButton } from '../components/ui/RouterLink';
import { RequireExpert } from '../features/identity/RequireExpert';
import { useViewer } from '../features/identity/use-viewer';
import { HelpRequestClosed } from '../features/instant/HelpRequestClosed';
import { IncomingRequest } from '../features/instant/IncomingRequests';
import { useAnswerHelpRequest } from '../features/instant/use-answer-help-request';
import { useDocumentTitle } from '../lib/document-title';
import { errorKind } from '../lib/errors';
import { paths } from '../route-paths';

/**
 * `/help-requests/:id`, for the expert a "help me now" request is for: where its push notification leads. The request
 * as the dashboard shows it (who asks, about what, the time left) with Accept and Decline; once answered, cancelled or
 * lapsed, why it cannot be answered. `?answer=accept` (the notification's Accept) accepts at once and goes into the
 * session room, or says why it could not.
 */
export function HelpRequestRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('helpRequestPage.docTitle'));
  return (
    <RequireExpert>
      <Stack gap="lg" maw={640}>
        <Title order={1}>{t('helpRequestPage.title')}</Title>
        <HelpRequestPage />
      </Stack>
    </RequireExpert>
  );
}

function HelpRequestPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(HelpRequestPageDocument, { variables: { id }, fetchPolicy: 'network-only' });
  const request = data?.helpRequest;

  if (error && !data) return <ErrorState title={t('helpRequestPage.loadFailed')} error={error} onRetry={() => void refetch()} />;
  if (!data) {
    return (
      <Stack gap="sm" aria-busy="true">
        <Skeleton height={140} />
      </Stack>
    );
  }
  // The person who asked may read their request too, but it is not theirs to answer.
  if (!request || request.user?.id === viewer?.id) {
    return (
      <Alert color="orange" variant="light" title={t('helpRequestPage.notYoursTitle')} data-testid="help-request-closed">
        <Text size="sm">{t('helpRequestPage.notYoursText')}</Text>
        <Group mt="sm">
          <RouterButton to={paths.dashboard} size="sm" variant="default">
            {t('helpRequestPage.toDashboard')}
          </RouterButton>
        </Group>
      </Alert>
    );
  }
  return <HelpRequestAnswer request={request} onClosed={() => void refetch()} />;
}

/** The request while it waits, accepted at once when the address asks (`?answer=accept`), or why it no longer waits. */
function HelpRequestAnswer({ request, onClosed }: { request: IncomingRequest_RequestFragment; onClosed: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const answer = useAnswerHelpRequest();
  const intoRoom = (bookingId: string) => void navigate(generatePath(paths.sessionRoom, { id: bookingId }), { replace: true });
  const acceptNow = searchParams.get('answer') === 'accept' && request.status === 'WAITING';
  const [problem, setProblem] = useState<string | null>(null);
  const asked = useRef(false);

  useEffect(() => {
    if (!acceptNow || asked.current) return;
    asked.current = true;
    // Asked once: a reload of this page shows the request rather than answering it again.
    const done = () => setSearchParams({}, { replace: true });
    answer(request.id, true).then(
      (outcome) => {
        if (outcome.kind === 'accepted') return intoRoom(outcome.bookingId);
        done();
        if (outcome.kind === 'busy') setProblem(t('dashboard.incoming.busy'));
        else onClosed();
      },
      (caught: unknown) => {
        done();
        setProblem(t(`errors.${errorKind(caught)}`));
      },
    );
  });

  if (request.status !== 'WAITING') return <HelpRequestClosed request={{ ...request, status: request.status }} />;
  if (acceptNow && !problem) {
    return (
      <Group gap="sm" role="status" data-testid="help-request-accepting">
        <Loader size="sm" />
        <Text>{t('helpRequestPage.accepting')}</Text>
      </Group>
    );
  }
  return (
    <Stack gap="sm">
      {problem && (
        <Alert color="orange" variant="light" role="alert" title={t('helpRequestPage.acceptFailed')}>
          {problem}
        </Alert>
      )}
      <IncomingRequest request={request} component="div" onAccepted={({ bookingId }) => intoRoom(bookingId)} onClosed={onClosed} />
    </Stack>
  );
}
