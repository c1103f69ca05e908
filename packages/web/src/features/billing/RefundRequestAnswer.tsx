import { useMutation } from '@apollo/client/react';
import { Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { RefundRequestAnswer_RespondDocument, type RefundRequestAnswer_BookingFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { assertNever } from '../../lib/errors';
import { fieldErrorsFailure, validators } from '../../lib/field-errors';
import { useFormFailure } from '../../lib/form-failure';
import { RefundRequestView } from './RefundRequestView';

const responseMaxLength = 2000;

/**
 * A refund request on one of the expert's sessions: the client's reason, where it stands, and the expert's answer,
 * which they may give once (the client and admins read it). Admins see the same, without the form.
 */
export function RefundRequestAnswer({ booking, canAnswer }: { booking: RefundRequestAnswer_BookingFragment; canAnswer: boolean }) {
  const { t } = useTranslation();
  const request = booking.refundRequest;
  if (!request) return null;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="refund-request-title" data-testid="refund-request">
      <Stack gap="sm">
        <Title order={2} size="h4" id="refund-request-title">
          {t('billing.refund.title')}
        </Title>
        <RefundRequestView request={request} payment={booking.payment} reader="OTHER" />
        {canAnswer && !request.expertResponse && <AnswerForm refundRequestId={request.id} />}
      </Stack>
    </Paper>
  );
}

function AnswerForm({ refundRequestId }: { refundRequestId: string }) {
  const { t } = useTranslation();
  const [respond] = useMutation(RefundRequestAnswer_RespondDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  const form = useForm({ initialValues: { response: '' }, validate: { response: validators.required('response') } });

  const submit = form.onSubmit((values) =>
    attempt(async () => {
      const { data } = await respond({ variables: { input: { refundRequestId, response: values.response.trim() } } });
      const result = data?.respondToRefundRequest;
      if (!result) throw new Error('respondToRefundRequest returned no data');
      switch (result.__typename) {
        case 'RefundRequestSuccess':
          notifications.show({ color: 'teal', message: t('billing.answer.sent') });
          return;
        case 'RefundNotAllowedError':
          setFailure({ kind: 'message', message: t('billing.answer.notAllowed') });
          return;
        case 'InvalidInputError':
          setFailure(fieldErrorsFailure(form, result.fieldErrors));
          return;
        default:
          assertNever(result);
      }
    }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('billing.answer.intro')}
        </Text>
        <FormFailure failure={failure} />
        <Textarea
          label={t('billing.answer.label')}
          description={t('billing.answer.hint')}
          required
          autosize
          minRows={3}
          maxRows={10}
          maxLength={responseMaxLength}
          {...form.getInputProps('response')}
        />
        <Button type="submit" loading={form.submitting} w="fit-content">
          {t('billing.answer.submit')}
        </Button>
      </Stack>
    </form>
  );
}
