import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import {
  HelpRequestWaiting_CancelDocument,
  HelpRequestWaiting_ChangedDocument,
  HelpRequestWaiting_RequestDocument,
} from '@skillcall/schema';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorState } from '../../components/ui/ErrorState';
import { RouterButton } from '../../components/ui/RouterLink';
import { onSocketReconnected } from '../../lib/apollo';
import { assertNever, errorKind } from '../../lib/errors';
import { Countdown } from './Countdown';

interface HelpRequestWaitingProps {
  requestId: string;
  expertName: string;
  /** The request is over (declined, lapsed, cancelled): back to asking or booking. */
  onDone: () => void;
}

/**
 * The user's side of a "help me now" request, live: their place in the queue, the expert being alerted (60 seconds),
 * then accepted (on to the booking), declined or lapsed. They can stop waiting at any time.
 */
export function HelpRequestWaiting({ requestId, expertName, onDone }: HelpRequestWaitingProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // The subscription writes each change into the cached request, which this query reads.
  const { data, error, refetch } = useQuery(HelpRequestWaiting_RequestDocument, { variables: { id: requestId } });
  useSubscription(HelpRequestWaiting_ChangedDocument, { variables: { id: requestId } });
  useEffect(() => onSocketReconnected(() => void refetch()), [refetch]);
  const [cancel, { loading: cancelling }] = useMutation(HelpRequestWaiting_CancelDocument);
  const [cancelError, setCancelError] = useState<string | null>(null);
  const request = data?.helpRequest;
  const bookingId = request?.status === 'ACCEPTED' ? request.booking?.id : undefined;

  useEffect(() => {
    if (bookingId) void navigate(`/bookings/${bookingId}`);
  }, [bookingId, navigate]);

  const stopWaiting = async () => {
    setCancelError(null);
    try {
      const { data: result } = await cancel({ variables: { id: requestId } });
      const outcome = result?.cancelHelpRequest;
      if (!outcome) throw new Error('cancelHelpRequest returned no data');
      switch (outcome.__typename) {
        case 'HelpRequestSuccess':
          return;
        case 'HelpRequestClosedError':
        case 'SlotUnavailableError':
          // Answered meanwhile: the request shows how it ended.
          await refetch();
          return;
        default:
          assertNever(outcome);
      }
    } catch (caught) {
      setCancelError(t(`errors.${errorKind(caught)}`));
    }
  };

  let body;
  if (error && !data) {
    body = <ErrorState title={t('instant.loadFailed')} error={error} onRetry={() => void refetch()} />;
  } else if (!request) {
    body = <Loader size="sm" aria-label={t('common.loading')} />;
  } else {
    switch (request.status) {
      case 'WAITING':
        body = (
          <Stack gap="sm">
            {request.position === 1 ? (
              <>
                <Text fw={600} data-testid="help-request-status">
                  {t('instant.beingAlerted', { name: expertName })}
                </Text>
                {request.answerBy && <Countdown until={request.answerBy} />}
              </>
            ) : (
              <Text fw={600} data-testid="help-request-status">
                {t('instant.queuePosition', { position: request.position ?? 0 })}
              </Text>
            )}
            <Text size="sm" c="dimmed">
              {t('instant.keepOpen')}
            </Text>
            {cancelError && (
              <Alert color="red" variant="light" role="alert">
                {cancelError}
              </Alert>
            )}
            <Group>
              <Button variant="default" loading={cancelling} onClick={() => void stopWaiting()}>
                {t('instant.stopWaiting')}
              </Button>
            </Group>
          </Stack>
        );
        break;
      case 'ACCEPTED':
        body = (
          <Stack gap="sm">
            <Text fw={600} data-testid="help-request-status">
              {t('instant.accepted', { name: expertName })}
            </Text>
            {request.booking && (
              <Group>
                <RouterButton to={`/bookings/${request.booking.id}`}>{t('instant.openBooking')}</RouterButton>
              </Group>
            )}
          </Stack>
        );
        break;
      case 'DECLINED':
      case 'LAPSED':
      case 'CANCELLED':
        body = (
          <Stack gap="sm">
            <Text fw={600} data-testid="help-request-status">
              {t(`instant.ended.${request.status}`, { name: expertName })}
            </Text>
            <Text size="sm">{t('instant.bookInstead')}</Text>
            <Group>
              <Button variant="default" onClick={onDone}>
                {t('instant.close')}
              </Button>
            </Group>
          </Stack>
        );
        break;
      default:
        assertNever(request.status);
    }
  }

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="help-request-title" aria-live="polite">
      <Stack gap="sm">
        <Title order={2} size="h4" id="help-request-title">
          {t('instant.waitingTitle')}
        </Title>
        {body}
      </Stack>
    </Paper>
  );
}
