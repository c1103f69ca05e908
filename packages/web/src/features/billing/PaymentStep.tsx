import { useMutation } from '@apollo/client/react';
import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  PaymentStep_PayDocument,
  type ErrorCode,
  type OfflineNotice_ProviderFragment,
  type PaymentStep_BookingFragment,
} from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormFailure } from '../../components/ui/FormFailure';
import { EmailNotVerifiedNotice } from '../identity/EmailNotVerifiedNotice';
import { assertNever } from '../../lib/errors';
import { fieldErrorsFailure } from '../../lib/field-errors';
import { BillingDetailsFields, billingDetailsInput, emptyBillingDetails } from '../tax/BillingDetailsFields';
import { useTaxNote } from '../tax/use-tax-note';
import { formatMoney } from '../../lib/format';
import { useFormFailure } from '../../lib/form-failure';
import { currentLanguage } from '../../lib/i18n';
import { sitePath } from '../../lib/safe-path';
import { HoldCountdown } from './HoldCountdown';
import { OfflineNotice } from './OfflineNotice';

/** The refusals of payBooking the interface explains; any other code shows the API's message. */
const explained = new Set<ErrorCode>(['PAYMENT_NOT_POSSIBLE', 'EXPERT_CANNOT_BE_PAID', 'PAYMENT_PROVIDER_UNAVAILABLE']);
type ExplainedCode = 'PAYMENT_NOT_POSSIBLE' | 'EXPERT_CANNOT_BE_PAID' | 'PAYMENT_PROVIDER_UNAVAILABLE';
const isExplained = (code: ErrorCode): code is ExplainedCode => explained.has(code);

interface PaymentStepProps {
  booking: PaymentStep_BookingFragment;
  provider: OfflineNotice_ProviderFragment | null | undefined;
}

/**
 * The user's payment step while the slot is held: the amount (per minute: what is held, and that only the minutes
 * used are charged), how long the hold lasts, and "Pay", which opens the provider's checkout: the offline provider's
 * page inside the SPA, or Stripe Checkout. Nothing for other statuses.
 */
export function PaymentStep({ booking, provider }: PaymentStepProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const navigate = useNavigate();
  const [payBooking, { loading }] = useMutation(PaymentStep_PayDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  const details = useForm({ initialValues: emptyBillingDetails });
  const taxNote = useTaxNote();
  const due = booking.amountDue;
  if (booking.status !== 'PENDING_PAYMENT' || !due) return null;
  const amount = formatMoney(due, language);
  const perMinute = booking.priceModel === 'PER_MINUTE';

  const pay = () =>
    attempt(async () => {
      const billing = billingDetailsInput(details.getValues());
      const { data } = await payBooking({ variables: { input: { bookingId: booking.id, billing } } });
      const result = data?.payBooking;
      if (!result) throw new Error('payBooking returned no data');
      switch (result.__typename) {
        case 'PaymentCheckout':
          switch (result.provider) {
            case 'OFFLINE':
              // The offline provider's checkout is a page of this SPA.
              await navigate(sitePath(result.url));
              return;
            case 'STRIPE':
              window.location.assign(result.url);
              return;
            default:
              return assertNever(result.provider);
          }
        case 'PaymentNotPossibleError':
          setFailure({ kind: 'message', message: isExplained(result.code) ? t(`billing.pay.refused.${result.code}`) : result.message });
          return;
        case 'EmailNotVerifiedError':
          setFailure({ kind: 'notice', notice: <EmailNotVerifiedNotice /> });
          return;
        case 'InvalidInputError':
          setFailure(fieldErrorsFailure(details, result.fieldErrors, 'tax.billing.fieldErrors'));
          return;
        case 'VatNumberRefusedError':
          details.setFieldError('billing.vatNumber', t('tax.billing.vatRefused'));
          return;
        default:
          assertNever(result);
      }
    });

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="payment-step-title" data-testid="payment-step">
      <Stack gap="sm">
        <Title order={2} size="h4" id="payment-step-title">
          {t('billing.pay.title')}
        </Title>
        <Text size="sm">
          {perMinute ? t('billing.pay.perMinute', { amount }) : t('billing.pay.perSession', { amount })}
          {taxNote && ` (${taxNote})`}
        </Text>
        {booking.holdExpiresAt && <HoldCountdown until={booking.holdExpiresAt} />}
        <OfflineNotice provider={provider} context="pay" />
        <BillingDetailsFields form={details} />
        <FormFailure failure={failure} />
        <Button onClick={() => void pay()} loading={loading}>
          {perMinute ? t('billing.pay.authorizeButton', { amount }) : t('billing.pay.button', { amount })}
        </Button>
      </Stack>
    </Paper>
  );
}
