import { Alert, Blockquote, Group, Loader, Stack, Text } from '@mantine/core';
import type { RefundRequestView_RequestFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { assertNever } from '../../lib/errors';
import { formatMoney, type MoneyLike } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { useDateFormat } from '../identity/use-date-format';

interface RefundRequestViewProps {
  request: RefundRequestView_RequestFragment;
  /** The booking's payment: a granted refund is in progress until everything charged went back. */
  payment: { captured: MoneyLike; refunded: MoneyLike } | null | undefined;
  /** The user who asked reads "your request"; the expert and admins read about "the client's". */
  reader: 'USER' | 'OTHER';
}

/**
 * Where a refund request stands, in words: granted (in progress, then "Refunded X"), with an admin, or declined with
 * the admin's note; and what was asked, with the expert's answer if any.
 */
export function RefundRequestView({ request, payment, reader }: RefundRequestViewProps) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const who = reader === 'USER' ? 'user' : 'other';
  return (
    <Stack gap="sm">
      <RefundOutcome request={request} payment={payment} who={who} />
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t(`billing.refund.askedOn.${who}`, { date: dateTime(request.createdAt) })}
        </Text>
        <Blockquote p="sm" data-testid="refund-reason">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {request.reason}
          </Text>
        </Blockquote>
      </Stack>
      {request.expertResponse && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('billing.refund.expertAnswer')}
          </Text>
          <Blockquote p="sm" color="gray" data-testid="refund-expert-answer">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {request.expertResponse}
            </Text>
          </Blockquote>
        </Stack>
      )}
    </Stack>
  );
}

function RefundOutcome({ request, payment, who }: Omit<RefundRequestViewProps, 'reader'> & { who: 'user' | 'other' }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { dateTime } = useDateFormat();
  switch (request.status) {
    case 'GRANTED': {
      // Granted at once; the refund itself runs in the background and publishes a booking change when done.
      const done = payment && payment.refunded.amountMinor >= payment.captured.amountMinor;
      if (!done) {
        return (
          <Alert color="blue" variant="light" title={t(`billing.refund.inProgressTitle.${who}`)} data-testid="refund-status">
            <Group gap="sm" wrap="nowrap">
              <Loader size="xs" />
              <Text size="sm">{t('billing.refund.inProgressText')}</Text>
            </Group>
          </Alert>
        );
      }
      return (
        <Alert
          color="teal"
          variant="light"
          title={t('billing.refund.refunded', { amount: formatMoney(payment.refunded, language) })}
          data-testid="refund-status"
        >
          {t(`billing.refund.refundedText.${who}`)}
        </Alert>
      );
    }
    case 'PENDING_ADMIN':
      return (
        <Alert color="orange" variant="light" title={t('billing.refund.reviewTitle')} data-testid="refund-status">
          {t(`billing.refund.reviewText.${who}`)}
        </Alert>
      );
    case 'DECLINED':
      return (
        <Alert color="gray" variant="light" title={t(`billing.refund.declinedTitle.${who}`)} data-testid="refund-status">
          <Stack gap={4}>
            {request.decidedAt && <Text size="sm">{t('billing.refund.decidedOn', { date: dateTime(request.decidedAt) })}</Text>}
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {request.decisionNote ? t('billing.refund.adminNote', { note: request.decisionNote }) : t('billing.refund.noNote')}
            </Text>
          </Stack>
        </Alert>
      );
    default:
      return assertNever(request.status);
  }
}
