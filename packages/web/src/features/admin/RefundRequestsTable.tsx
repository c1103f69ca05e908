import { useApolloClient, useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { RefundRequestsTable_DecideDocument, type RefundRequestStatus, type RefundRequestsTable_RequestFragment } from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { assertNever } from '../../lib/errors';
import { useDateFormat } from '../identity/use-date-format';
import { ReasonModal, type ModerationOutcome } from './ReasonModal';

type Decision = 'grant' | 'decline';

const statusColors: Record<RefundRequestStatus, string> = { PENDING_ADMIN: 'orange', GRANTED: 'teal', DECLINED: 'gray' };
const decisionColors: Record<Decision, string> = { grant: 'teal', decline: 'red' };

/** Text kept as written (line breaks), or a dash when there is none. */
function Written({ text }: { text: string | null | undefined }) {
  if (!text) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {text}
    </Text>
  );
}

/** Why the abuse rule sent the request to review, e.g. "2 earlier refund requests in the last 30 days". */
function ReviewReason({ request }: { request: RefundRequestsTable_RequestFragment }) {
  const { t } = useTranslation();
  const { earlierRequestCount: count, reviewWindowDays: days } = request;
  if (count === null || days === null) return <Written text={null} />;
  return <Written text={t('admin.refunds.reviewReason', { count, window: t('admin.refunds.reviewWindow', { count: days }) })} />;
}

/**
 * Refund requests, oldest first: the booking, the user's reason, why the request came to review, the expert's answer,
 * and the decision: Grant (a full refund) or Decline, each confirmed with a note the user reads (required to decline).
 */
export function RefundRequestsTable({ requests }: { requests: RefundRequestsTable_RequestFragment[] }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { dateTime } = useDateFormat();
  const [deciding, setDeciding] = useState<{ request: RefundRequestsTable_RequestFragment; decision: Decision } | null>(null);
  const [decide] = useMutation(RefundRequestsTable_DecideDocument);

  const confirm = async (request: RefundRequestsTable_RequestFragment, decision: Decision, note: string): Promise<ModerationOutcome> => {
    // No note: left out rather than sent empty.
    const input = { refundRequestId: request.id, grant: decision === 'grant', ...(note ? { note } : {}) };
    const { data } = await decide({ variables: { input } });
    const result = data?.decideRefundRequest;
    if (!result) throw new Error('decideRefundRequest returned no data');
    switch (result.__typename) {
      case 'RefundRequestSuccess':
        // The request leaves this list for the other; the audit log has a new entry.
        client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'refundRequests' });
        client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'auditLog' });
        client.cache.gc();
        notifications.show({ color: decisionColors[decision], message: t(`admin.refunds.${decision}.done`) });
        return { kind: 'done' };
      case 'RefundNotAllowedError':
        return { kind: 'refused', message: t('admin.refunds.alreadyDecided') };
      case 'InvalidInputError':
        // The API names the note `note`; the dialog's field is its reason.
        return {
          kind: 'invalid',
          errors: result.fieldErrors.map((error) => (error.field === 'note' ? { ...error, field: 'reason' } : error)),
        };
      default:
        return assertNever(result);
    }
  };

  return (
    <>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="sm" aria-label={t('admin.refunds.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('admin.refunds.columns.asked')}</Table.Th>
              <Table.Th>{t('admin.refunds.columns.reason')}</Table.Th>
              <Table.Th>{t('admin.refunds.columns.review')}</Table.Th>
              <Table.Th>{t('admin.refunds.columns.expertAnswer')}</Table.Th>
              <Table.Th>{t('admin.refunds.columns.decision')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {requests.map((request) => (
              <Table.Tr key={request.id} data-testid="refund-request-row">
                <Table.Td>
                  <Stack gap={2}>
                    <Text size="sm" component="time" dateTime={request.createdAt} style={{ whiteSpace: 'nowrap' }}>
                      {dateTime(request.createdAt)}
                    </Text>
                    <Anchor component={Link} to={`/bookings/${request.bookingId}`} size="sm">
                      {t('admin.refunds.openBooking')}
                    </Anchor>
                  </Stack>
                </Table.Td>
                <Table.Td maw={260}>
                  <Written text={request.reason} />
                </Table.Td>
                <Table.Td maw={180}>
                  <ReviewReason request={request} />
                </Table.Td>
                <Table.Td maw={260}>
                  <Written text={request.expertResponse} />
                </Table.Td>
                <Table.Td>
                  {request.status === 'PENDING_ADMIN' ? (
                    <Stack gap="xs" align="flex-start">
                      <Button size="xs" color={decisionColors.grant} onClick={() => setDeciding({ request, decision: 'grant' })}>
                        {t('admin.refunds.grant.button')}
                      </Button>
                      <Button
                        size="xs"
                        color={decisionColors.decline}
                        variant="light"
                        onClick={() => setDeciding({ request, decision: 'decline' })}
                      >
                        {t('admin.refunds.decline.button')}
                      </Button>
                    </Stack>
                  ) : (
                    <Stack gap={4}>
                      <Badge color={statusColors[request.status]} variant="light" tt="none" w="fit-content">
                        {t(`refundRequestStatus.${request.status}`)}
                      </Badge>
                      {request.decidedAt && (
                        <Text size="xs" c="dimmed" component="time" dateTime={request.decidedAt}>
                          {dateTime(request.decidedAt)}
                        </Text>
                      )}
                      {request.decisionNote && (
                        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                          {request.decisionNote}
                        </Text>
                      )}
                    </Stack>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {(['grant', 'decline'] as const).map((decision) => (
        <ReasonModal
          key={decision}
          opened={deciding?.decision === decision}
          onClose={() => setDeciding(null)}
          title={t(`admin.refunds.${decision}.title`)}
          text={t(`admin.refunds.${decision}.text`)}
          reasonLabel={t(`admin.refunds.${decision}.noteLabel`)}
          reasonHint={t('admin.refunds.noteHint')}
          reasonRequired={decision === 'decline'}
          confirmLabel={t(`admin.refunds.${decision}.confirm`)}
          color={decisionColors[decision]}
          onConfirm={(note) => (deciding ? confirm(deciding.request, decision, note) : Promise.resolve({ kind: 'done' }))}
        />
      ))}
    </>
  );
}
