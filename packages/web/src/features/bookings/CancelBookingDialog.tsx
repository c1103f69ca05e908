import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { CancelBookingDialog_CancelDocument, type BookingDetails_BookingFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { assertNever } from '../../lib/errors';
import { fieldErrorsFailure } from '../../lib/field-errors';
import { useFormFailure } from '../../lib/form-failure';
import { ChangeTermsText } from './ChangeTermsText';

const reasonMaxLength = 1000;

interface CancelBookingDialogProps {
  booking: BookingDetails_BookingFragment;
  side: 'USER' | 'EXPERT';
  opened: boolean;
  onClose: () => void;
}

/** "Cancel this booking?": what the refund would be now and until when, an optional reason, then confirm. */
export function CancelBookingDialog({ booking, side, opened, onClose }: CancelBookingDialogProps) {
  const { t } = useTranslation();
  const [cancelBooking] = useMutation(CancelBookingDialog_CancelDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  const form = useForm({ initialValues: { reason: '' } });

  const submit = form.onSubmit((values) =>
    attempt(async () => {
      const reason = values.reason.trim();
      const { data } = await cancelBooking({ variables: { input: { bookingId: booking.id, reason: reason || null } } });
      const result = data?.cancelBooking;
      if (!result) throw new Error('cancelBooking returned no data');
      switch (result.__typename) {
        case 'BookingSuccess':
          notifications.show({ color: 'teal', message: t('booking.cancel.done') });
          form.reset();
          onClose();
          return;
        case 'BookingTransitionError':
          setFailure({ kind: 'message', message: t('booking.transitionRefused', { status: t(`bookingStatus.${result.from}`) }) });
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
    <Modal opened={opened} onClose={onClose} title={t('booking.cancel.title')} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <FormFailure failure={failure} />
          {booking.changeTerms && <ChangeTermsText terms={booking.changeTerms} cancelOnly />}
          <Text size="sm" c="dimmed">
            {side === 'USER' ? t('booking.cancel.toldExpert') : t('booking.cancel.toldUser')}
          </Text>
          <Textarea
            label={t('booking.cancel.reason')}
            description={t('booking.cancel.reasonHint')}
            autosize
            minRows={2}
            maxLength={reasonMaxLength}
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('booking.cancel.keep')}
            </Button>
            <Button type="submit" color="red" loading={form.submitting}>
              {t('booking.cancel.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
