import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { BookingDetails_BookingFragment, ChangeTerms_TermsFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { CancelBookingDialog } from './CancelBookingDialog';
import { ChangeTermsText } from './ChangeTermsText';
import { useCanMove } from './move-terms';
import { RescheduleBookingDialog } from './RescheduleBookingDialog';

/** Statuses a booking can still be cancelled or moved from. */
const changeable = new Set(['PENDING_PAYMENT', 'CONFIRMED']);

/**
 * "Change this booking": what cancelling and moving would mean now (the API's changeTerms statements), with the buttons.
 * Moving needs the offering (to pick another of its slots), the policy's permission, and a booking not yet started.
 */
export function BookingActions({ booking, side }: { booking: BookingDetails_BookingFragment; side: 'USER' | 'EXPERT' }) {
  const terms = booking.changeTerms;
  if (!changeable.has(booking.status) || !terms) return null;
  return <ChangePanel booking={booking} terms={terms} side={side} />;
}

interface ChangePanelProps {
  booking: BookingDetails_BookingFragment;
  terms: ChangeTerms_TermsFragment;
  side: 'USER' | 'EXPERT';
}

function ChangePanel({ booking, terms, side }: ChangePanelProps) {
  const { t } = useTranslation();
  const [cancelOpened, cancelDialog] = useDisclosure(false);
  const [moveOpened, moveDialog] = useDisclosure(false);
  const canMove = useCanMove(terms) && booking.offering !== null && booking.offering !== undefined;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="booking-change-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="booking-change-title">
          {t('booking.changeTitle')}
        </Title>
        <ChangeTermsText terms={terms} />
        <Group gap="sm">
          {booking.offering && (
            <Button variant="default" disabled={!canMove} onClick={moveDialog.open}>
              {t('booking.reschedule.open')}
            </Button>
          )}
          <Button color="red" variant="light" onClick={cancelDialog.open}>
            {t('booking.cancel.open')}
          </Button>
        </Group>
      </Stack>
      <CancelBookingDialog booking={booking} side={side} opened={cancelOpened} onClose={cancelDialog.close} />
      {booking.offering && (
        <RescheduleBookingDialog bookingId={booking.id} offeringId={booking.offering.id} opened={moveOpened} onClose={moveDialog.close} />
      )}
    </Paper>
  );
}
