import { List, Text } from '@mantine/core';
import type { BookingStatus, ChangeTerms_TermsFragment, PriceModel } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { useDateFormat } from '../identity/use-date-format';

interface ChangeTermsTextProps {
  terms: ChangeTerms_TermsFragment;
  status: BookingStatus;
  priceModel: PriceModel;
  /** The viewer's side: a user gets back a share, an expert who cancels refunds in full. */
  side: 'USER' | 'EXPERT';
}

/** What cancelling now would mean, in plain words: refund share and amount, until when, and what comes after. */
export function CancelTermsText({ terms, status, priceModel, side }: ChangeTermsTextProps) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const language = currentLanguage();
  if (priceModel === 'FREE') return <Text size="sm">{t('booking.terms.free')}</Text>;
  if (status === 'PENDING_PAYMENT') return <Text size="sm">{t('booking.terms.unpaid')}</Text>;
  if (side === 'EXPERT') return <Text size="sm">{t('booking.terms.expertRefundsAll')}</Text>;
  const amount = terms.refund ? formatMoney(terms.refund, language) : null;
  return (
    <List size="sm" spacing={4}>
      <List.Item data-testid="cancel-terms-refund">
        {amount
          ? t('booking.terms.refundNowAmount', { percent: terms.refundPercent, amount })
          : t('booking.terms.refundNow', { percent: terms.refundPercent })}
      </List.Item>
      {terms.validUntil && (
        <List.Item>{t('booking.terms.until', { date: dateTime(terms.validUntil), next: terms.nextRefundPercent ?? 0 })}</List.Item>
      )}
    </List>
  );
}

/** Whether the booking can still be moved, and until when (or since when it cannot). */
export function RescheduleTermsText({ terms }: { terms: ChangeTerms_TermsFragment }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  if (terms.canReschedule) {
    return (
      <Text size="sm">
        {terms.rescheduleDeadline
          ? t('booking.terms.canMoveUntil', { date: dateTime(terms.rescheduleDeadline) })
          : t('booking.terms.canMove')}
      </Text>
    );
  }
  return (
    <Text size="sm">
      {terms.rescheduleDeadline
        ? t('booking.terms.moveDeadlinePassed', { date: dateTime(terms.rescheduleDeadline) })
        : t('booking.terms.moveNotAllowed')}
    </Text>
  );
}
