import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { IncomingRequest_RequestFragment } from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyMessage } from '../../components/ui/EmptyMessage';
import { assertNever, errorKind } from '../../lib/errors';
import { Countdown } from './Countdown';
import { useAnswerHelpRequest } from './use-answer-help-request';

export interface AcceptedRequest {
  requestId: string;
  bookingId: string;
  userName: string | null;
}

interface IncomingRequestsProps {
  /** Waiting requests from the console, first come first served. */
  incoming: readonly IncomingRequest_RequestFragment[] | undefined;
  /** Called with the booking made when the expert accepts. */
  onAccepted: (accepted: AcceptedRequest) => void;
}

/** "Help me now" requests waiting for the expert: the first one rings, with 60 seconds to answer. */
export function IncomingRequests({ incoming, onAccepted }: IncomingRequestsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="incoming-title">
      <Title order={2} size="h3" id="incoming-title">
        {t('dashboard.incoming.title')}
      </Title>
      {incoming === undefined ? null : incoming.length === 0 ? (
        <EmptyMessage title={t('dashboard.incoming.empty')}>{t('dashboard.incoming.emptyHint')}</EmptyMessage>
      ) : (
        <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {incoming.map((request) => (
            <IncomingRequest key={request.id} request={request} onAccepted={onAccepted} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/**
 * One waiting request: who asks, about what, their message, its place (or the minute left while it rings), Accept and
 * Decline. A list item on the dashboard; `component="div"` where it stands alone (the request's own page).
 */
export function IncomingRequest({
  request,
  onAccepted,
  onClosed,
  component = 'li',
}: {
  request: IncomingRequest_RequestFragment;
  onAccepted: IncomingRequestsProps['onAccepted'];
  /** Called when it turns out no longer to wait (answered elsewhere, cancelled, lapsed). */
  onClosed?: () => void;
  component?: 'li' | 'div';
}) {
  const { t } = useTranslation();
  const answer = useAnswerHelpRequest();
  const [busy, setBusy] = useState<'accept' | 'decline' | null>(null);
  const ringing = request.position === 1 && request.answerBy;

  const respond = async (accept: boolean) => {
    setBusy(accept ? 'accept' : 'decline');
    try {
      const outcome = await answer(request.id, accept);
      switch (outcome.kind) {
        case 'accepted':
          onAccepted({ requestId: request.id, bookingId: outcome.bookingId, userName: request.user?.displayName ?? null });
          return;
        case 'declined':
          return;
        case 'closed':
          notifications.show({ color: 'orange', message: t('dashboard.incoming.closed') });
          onClosed?.();
          return;
        case 'busy':
          notifications.show({ color: 'orange', message: t('dashboard.incoming.busy') });
          return;
        default:
          assertNever(outcome);
      }
    } catch (error) {
      notifications.show({ color: 'red', message: t(`errors.${errorKind(error)}`) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Paper
      component={component}
      withBorder
      radius="md"
      p="md"
      data-testid="incoming-request"
      style={ringing ? { borderColor: 'var(--mantine-color-blue-5)', borderWidth: 2 } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Stack gap={2}>
            <Text fw={600}>{request.user?.displayName ?? t('bookings.deletedAccount')}</Text>
            <Text size="sm">{request.offering?.title ?? t('bookings.offeringGone')}</Text>
          </Stack>
          <Badge variant={ringing ? 'filled' : 'light'} tt="none">
            {ringing ? t('dashboard.incoming.ringing') : t('dashboard.incoming.position', { position: request.position ?? 0 })}
          </Badge>
        </Group>
        {request.message && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            “{request.message}”
          </Text>
        )}
        {ringing && request.answerBy && <Countdown until={request.answerBy} />}
        <Group gap="sm">
          <Button size="sm" color="teal" loading={busy === 'accept'} disabled={busy !== null} onClick={() => void respond(true)}>
            {t('dashboard.incoming.accept')}
          </Button>
          <Button size="sm" variant="default" loading={busy === 'decline'} disabled={busy !== null} onClick={() => void respond(false)}>
            {t('dashboard.incoming.decline')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
