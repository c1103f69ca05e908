import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { BookingPageDocument, GuaranteeSection_RequestRefundDocument, type GuaranteeSection_BookingFragment } from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { assertNever } from '../../lib/errors';
import { fieldErrorsFailure, validators, type FieldErrorLike } from '../../lib/field-errors';
import { useFormFailure } from '../../lib/form-failure';
import { useNow } from '../../lib/use-now';
import { useDateFormat } from '../identity/use-date-format';
import { RefundRequestView } from './RefundRequestView';

const reasonMaxLength = 2000;

/** The API names the field `reason`; the form's own name carries this form's messages (3 to 2,000 characters). */
const onRefundReason = (errors: readonly FieldErrorLike[]) =>
  errors.map((error) => (error.field === 'reason' ? { ...error, field: 'refundReason' } : error));

/**
 * The satisfaction guarantee, for the user of a paid session: "Not satisfied? Get 100% back" within 72 hours after
 * it (the deadline in the viewer's zone), the request form, then where the request stands.
 */
export function GuaranteeSection({ booking }: { booking: GuaranteeSection_BookingFragment }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const [writing, setWriting] = useState(false);
  const now = useNow(60_000);
  const { guarantee, refundRequest } = booking;
  if (!guarantee && !refundRequest) return null;

  let body;
  if (refundRequest) {
    body = <RefundRequestView request={refundRequest} payment={booking.payment} reader="USER" />;
  } else if (guarantee?.canRequestRefund) {
    body = (
      <Stack gap="sm">
        <Text size="sm">{t('billing.guarantee.canAsk', { date: dateTime(guarantee.until) })}</Text>
        {writing ? (
          <RefundRequestForm bookingId={booking.id} onClose={() => setWriting(false)} />
        ) : (
          <Button variant="light" w="fit-content" onClick={() => setWriting(true)}>
            {t('billing.guarantee.ask')}
          </Button>
        )}
      </Stack>
    );
  } else if (guarantee) {
    const over = new Date(guarantee.until).getTime() <= now.getTime();
    body = (
      <Text size="sm">
        {over
          ? t('billing.guarantee.over', { date: dateTime(guarantee.until) })
          : t('billing.guarantee.afterSession', { date: dateTime(guarantee.until) })}
      </Text>
    );
  }

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="guarantee-title" data-testid="guarantee">
      <Stack gap="sm">
        <Title order={2} size="h4" id="guarantee-title">
          {t('billing.guarantee.title')}
        </Title>
        {body}
      </Stack>
    </Paper>
  );
}

function RefundRequestForm({ bookingId, onClose }: { bookingId: string; onClose: () => void }) {
  const { t } = useTranslation();
  // The booking's refundRequest appears with the page's query, asked again once the request is filed.
  const [requestRefund] = useMutation(GuaranteeSection_RequestRefundDocument, {
    refetchQueries: [BookingPageDocument],
    awaitRefetchQueries: true,
  });
  const { failure, setFailure, attempt } = useFormFailure();
  const form = useForm({
    initialValues: { refundReason: '' },
    validate: { refundReason: validators.required('refundReason') },
  });

  const submit = form.onSubmit((values) =>
    attempt(async () => {
      const { data } = await requestRefund({ variables: { input: { bookingId, reason: values.refundReason.trim() } } });
      const result = data?.requestRefund;
      if (!result) throw new Error('requestRefund returned no data');
      switch (result.__typename) {
        case 'RefundRequestSuccess':
          notifications.show({ color: 'teal', message: t('billing.guarantee.sent') });
          return;
        case 'RefundNotAllowedError':
          setFailure({ kind: 'message', message: t('billing.guarantee.notAllowed') });
          return;
        case 'InvalidInputError':
          setFailure(fieldErrorsFailure(form, onRefundReason(result.fieldErrors)));
          return;
        default:
          assertNever(result);
      }
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormFailure failure={failure} />
        <Textarea
          label={t('billing.guarantee.reason')}
          description={t('billing.guarantee.reasonHint')}
          required
          autosize
          minRows={3}
          maxRows={10}
          maxLength={reasonMaxLength}
          data-autofocus
          {...form.getInputProps('refundReason')}
        />
        <Group gap="sm">
          <Button type="submit" loading={form.submitting}>
            {t('billing.guarantee.submit')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
