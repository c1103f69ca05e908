import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { RescheduleBookingDialog_RescheduleDocument, SlotPicker_BookableSlotsDocument } from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '../../components/ui/FormFailure';
import { assertNever } from '../../lib/errors';
import { fieldErrorMessage } from '../../lib/field-errors';
import { useFormFailure } from '../../lib/form-failure';
import { useDateFormat } from '../identity/use-date-format';
import { SlotPicker, type PickedSlot } from './SlotPicker';

interface RescheduleBookingDialogProps {
  bookingId: string;
  offeringId: string;
  opened: boolean;
  onClose: () => void;
}

/** Move a booking: a free slot of the same offering, in the viewer's zone, then confirm. */
export function RescheduleBookingDialog({ bookingId, offeringId, opened, onClose }: RescheduleBookingDialogProps) {
  const { t } = useTranslation();
  const { timeZone, timeRange } = useDateFormat();
  const client = useApolloClient();
  const [reschedule, { loading }] = useMutation(RescheduleBookingDialog_RescheduleDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  const [slot, setSlot] = useState<PickedSlot | null>(null);

  const close = () => {
    setSlot(null);
    setFailure(null);
    onClose();
  };

  const confirm = (picked: PickedSlot) =>
    attempt(async () => {
      const { data } = await reschedule({ variables: { input: { bookingId, startsAt: picked.startsAt } } });
      const result = data?.rescheduleBooking;
      if (!result) throw new Error('rescheduleBooking returned no data');
      const refuse = (message: string) => setFailure({ kind: 'message', message });
      switch (result.__typename) {
        case 'BookingSuccess':
          notifications.show({ color: 'teal', message: t('booking.reschedule.done') });
          close();
          return;
        case 'SlotUnavailableError':
          refuse(t('booking.slotUnavailable'));
          setSlot(null);
          await client.refetchQueries({ include: [SlotPicker_BookableSlotsDocument] });
          return;
        case 'RescheduleNotAllowedError':
          refuse(t('booking.terms.moveNotAllowed'));
          return;
        case 'InvalidInputError':
          refuse(result.fieldErrors.map(fieldErrorMessage).join(' ') || result.message);
          return;
        default:
          assertNever(result);
      }
    });

  return (
    <Modal opened={opened} onClose={close} title={t('booking.reschedule.title')} size="lg" centered>
      <Stack gap="md">
        <FormFailure failure={failure} />
        {opened && <SlotPicker offeringId={offeringId} timeZone={timeZone} selected={slot?.startsAt ?? null} onSelect={setSlot} />}
        {slot && (
          <Text size="sm" fw={500}>
            {t('booking.reschedule.newTime', { time: timeRange(slot.startsAt, slot.endsAt) })}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button disabled={!slot} loading={loading} onClick={() => slot && void confirm(slot)}>
            {t('booking.reschedule.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
