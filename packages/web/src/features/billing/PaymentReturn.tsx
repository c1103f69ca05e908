import { useMutation } from '@apollo/client/react';
import { Alert, Group, Loader, Text } from '@mantine/core';
import { PaymentReturn_RefreshDocument, type PaymentStep_BookingFragment } from '@skillcall/schema';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../components/ui/ErrorState';
import { assertNever } from '../../lib/errors';
import { useDateFormat } from '../identity/use-date-format';

/** Where the user stands after coming back from the checkout (`?payment=done` or `?payment=cancelled`). */
export type PaymentReturn =
  { kind: 'cancelled' } | { kind: 'checking' } | { kind: 'checked' } | { kind: 'failed'; error: unknown; retry: () => void } | null;

/**
 * Back from the checkout with `?payment=done`, asks the provider once how the payment stands (refreshPayment), which
 * confirms the booking at once rather than waiting for the provider's webhook. `?payment=cancelled` asks nothing.
 */
export function usePaymentReturn(bookingId: string, { skip }: { skip: boolean }): PaymentReturn {
  const [params] = useSearchParams();
  const returned = params.get('payment');
  const [refresh, { called, loading, error }] = useMutation(PaymentReturn_RefreshDocument);
  // Once per booking shown, even when StrictMode runs the effect twice.
  const asked = useRef<string | null>(null);
  useEffect(() => {
    if (skip || returned !== 'done' || asked.current === bookingId) return;
    asked.current = bookingId;
    // A failure shows through the mutation's `error`.
    refresh({ variables: { bookingId } }).catch(() => undefined);
  }, [skip, returned, bookingId, refresh]);

  if (returned === 'cancelled') return { kind: 'cancelled' };
  if (returned !== 'done' || skip) return null;
  if (error) return { kind: 'failed', error, retry: () => void refresh({ variables: { bookingId } }).catch(() => undefined) };
  if (!called || loading) return { kind: 'checking' };
  return { kind: 'checked' };
}

/** What coming back from the checkout came to: paid and confirmed, not paid (yet), or cancelled with nothing charged. */
export function PaymentReturnNotice({ state, booking }: { state: PaymentReturn; booking: PaymentStep_BookingFragment }) {
  const { t } = useTranslation();
  const { time } = useDateFormat();
  if (!state) return null;
  const held = booking.status === 'PENDING_PAYMENT';
  const until = booking.holdExpiresAt ? time(booking.holdExpiresAt) : '';
  switch (state.kind) {
    case 'cancelled':
      if (!held) return null;
      return (
        <Alert color="gray" variant="light" title={t('billing.return.cancelledTitle')} data-testid="payment-return">
          {t('billing.return.cancelledText', { time: until })}
        </Alert>
      );
    case 'checking':
      return (
        <Alert color="blue" variant="light" data-testid="payment-return">
          <Group gap="sm">
            <Loader size="xs" />
            <Text size="sm">{t('billing.return.checking')}</Text>
          </Group>
        </Alert>
      );
    case 'failed':
      return <ErrorState title={t('billing.return.checkFailed')} error={state.error} onRetry={state.retry} />;
    case 'checked':
      if (booking.status !== 'PENDING_PAYMENT' && booking.status !== 'CONFIRMED') return null;
      if (booking.payment?.status === 'CAPTURED' || booking.payment?.status === 'AUTHORIZED') {
        return (
          <Alert color="teal" variant="light" title={t('billing.return.paidTitle')} data-testid="payment-return">
            {booking.payment.status === 'AUTHORIZED' ? t('billing.return.authorizedText') : t('billing.return.paidText')}
          </Alert>
        );
      }
      if (!held) return null;
      return (
        <Alert color="orange" variant="light" title={t('billing.return.notPaidTitle')} data-testid="payment-return">
          {t('billing.return.notPaidText', { time: until })}
        </Alert>
      );
    default:
      return assertNever(state);
  }
}
