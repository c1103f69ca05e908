import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { OfflineCheckoutForm_CompleteDocument, type OfflineCheckoutForm_CheckoutFragment } from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormFailure } from '../../components/ui/FormFailure';
import { RouterButton } from '../../components/ui/RouterLink';
import { formatMoney } from '../../lib/format';
import { useFormFailure } from '../../lib/form-failure';
import { currentLanguage } from '../../lib/i18n';
import { localeCountry } from '../../lib/iso-codes';

/** The offline provider's statuses (Stripe's words): what the page says for each. */
type CheckoutState = 'open' | 'paid' | 'closed';
function stateOf(status: string): CheckoutState {
  switch (status) {
    case 'open':
      return 'open';
    case 'requires_capture':
    case 'succeeded':
      return 'paid';
    default:
      // canceled, expired
      return 'closed';
  }
}

/**
 * The offline provider's checkout: the amount (per minute: an authorisation), "Pay", "Simulate a declined card" (nothing
 * is charged and the user may try again) and "Back to the booking" (cancelled). Paid and lapsed checkouts say so.
 */
export function OfflineCheckoutForm({ checkout }: { checkout: OfflineCheckoutForm_CheckoutFragment }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigate = useNavigate();
  const [complete] = useMutation(OfflineCheckoutForm_CompleteDocument);
  const [busy, setBusy] = useState<'pay' | 'decline' | null>(null);
  const [declined, setDeclined] = useState(false);
  const { failure, attempt } = useFormFailure();
  const amount = formatMoney(checkout.amount, language);
  const bookingPath = `/bookings/${checkout.bookingId}`;
  const state = stateOf(checkout.status);

  const answer = (pay: boolean) =>
    attempt(async () => {
      setBusy(pay ? 'pay' : 'decline');
      setDeclined(false);
      try {
        // The simulated card is issued where the browser is: the provider reports that country as a real one reports the card's.
        await complete({ variables: { input: { checkoutId: checkout.id, pay, cardCountry: localeCountry(navigator.language) } } });
        if (pay) await navigate(`${bookingPath}?payment=done`);
        else setDeclined(true);
      } finally {
        setBusy(null);
      }
    });

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="checkout-title" data-testid="offline-checkout">
      <Stack gap="md">
        <Title order={2} size="h3" id="checkout-title">
          {checkout.authorizeOnly ? t('billing.checkout.authorizeTitle') : t('billing.checkout.payTitle')}
        </Title>
        <Text size="xl" fw={700} data-testid="checkout-amount">
          {amount}
        </Text>
        <Text size="sm">
          {checkout.authorizeOnly ? t('billing.checkout.authorizeText', { amount }) : t('billing.checkout.payText', { amount })}
        </Text>
        {state === 'paid' && (
          <Alert color="teal" variant="light" title={t('billing.checkout.paidTitle')}>
            {t('billing.checkout.paidText')}
          </Alert>
        )}
        {state === 'closed' && (
          <Alert color="gray" variant="light" title={t('billing.checkout.closedTitle')}>
            {t('billing.checkout.closedText')}
          </Alert>
        )}
        {declined && (
          <Alert color="red" variant="light" title={t('billing.checkout.declinedTitle')} role="alert">
            {t('billing.checkout.declinedText')}
          </Alert>
        )}
        <FormFailure failure={failure} />
        {state === 'open' ? (
          <Group gap="sm">
            <Button onClick={() => void answer(true)} loading={busy === 'pay'} disabled={busy === 'decline'}>
              {checkout.authorizeOnly ? t('billing.checkout.authorize', { amount }) : t('billing.checkout.pay', { amount })}
            </Button>
            <Button variant="light" color="red" onClick={() => void answer(false)} loading={busy === 'decline'} disabled={busy === 'pay'}>
              {t('billing.checkout.decline')}
            </Button>
            <RouterButton to={`${bookingPath}?payment=cancelled`} variant="default">
              {t('billing.checkout.back')}
            </RouterButton>
          </Group>
        ) : (
          <RouterButton to={bookingPath} variant="light" w="fit-content">
            {t('billing.checkout.toBooking')}
          </RouterButton>
        )}
      </Stack>
    </Paper>
  );
}
