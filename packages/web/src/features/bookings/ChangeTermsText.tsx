import { List, Text } from '@mantine/core';
import type { BookingStatus, ChangeTerms_TermsFragment, PriceModel } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { assertNever } from '../../lib/errors';
import { formatMoney } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { useDateFormat } from '../identity/use-date-format';
import type { MoveTerms } from './move-terms';

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

/** Whether the booking can still be moved, and until when (or since when it cannot, or that it has started). */
export function RescheduleTermsText({ move }: { move: MoveTerms }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  switch (move.kind) {
    case 'open':
      return (
        <Text size="sm">{move.until ? t('booking.terms.canMoveUntil', { date: dateTime(move.until) }) : t('booking.terms.canMove')}</Text>
      );
    case 'started':
      return <Text size="sm">{t('booking.terms.moveStarted')}</Text>;
    case 'deadlinePassed':
      return <Text size="sm">{t('booking.terms.moveDeadlinePassed', { date: dateTime(move.on) })}</Text>;
    case 'notAllowed':
      return <Text size="sm">{t('booking.terms.moveNotAllowed')}</Text>;
    default:
      return assertNever(move);
  }
}
