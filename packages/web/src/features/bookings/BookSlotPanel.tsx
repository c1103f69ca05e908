import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { BookSlotPanel_BookSlotDocument, SlotPicker_BookableSlotsDocument, type BookSlotPanel_OfferingFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { FormFailure } from '../../components/ui/FormFailure';
import { RouterButton } from '../../components/ui/RouterLink';
import { assertNever } from '../../lib/errors';
import { fieldErrorMessage } from '../../lib/field-errors';
import { useFormFailure } from '../../lib/form-failure';
import { formatTimeRange, timeZoneLabel } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { CancellationPolicyText, offeringRule } from '../experts/CancellationPolicyText';
import { priceDetailsText } from '../experts/PriceTag';
import { EmailNotVerifiedNotice } from '../identity/EmailNotVerifiedNotice';
import { useViewer } from '../identity/use-viewer';
import type { PickedSlot } from './SlotPicker';
import { useTaxNote } from '../tax/use-tax-note';

interface BookSlotPanelProps {
  offering: BookSlotPanel_OfferingFragment;
  slot: PickedSlot;
  timeZone: string;
  /** Back to the slots (another time, or after the slot was taken). */
  onClose: () => void;
}

/**
 * What the user is about to book, stated before they confirm: when, the price and the cancellation policy, and for a
 * paid offering that payment comes next, on the booking's page, while the slot is held 15 minutes. Visitors are sent
 * to sign in first.
 */
export function BookSlotPanel({ offering, slot, timeZone, onClose }: BookSlotPanelProps) {
  const { t } = useTranslation();
  const taxNote = useTaxNote();
  const language = currentLanguage();
  const { viewer } = useViewer();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [bookSlot, { loading }] = useMutation(BookSlotPanel_BookSlotDocument);
  const { failure, setFailure, attempt } = useFormFailure();
  const free = offering.price.model === 'FREE';

  const refusal = (message: string) => setFailure({ kind: 'message', message });

  const confirm = () =>
    attempt(async () => {
      const { data } = await bookSlot({ variables: { input: { offeringId: offering.id, startsAt: slot.startsAt, timeZone } } });
      const result = data?.bookSlot;
      if (!result) throw new Error('bookSlot returned no data');
      switch (result.__typename) {
        case 'BookingSuccess':
          await navigate(`/bookings/${result.booking.id}`);
          return;
        case 'SlotUnavailableError':
          refusal(t('booking.slotUnavailable'));
          await client.refetchQueries({ include: [SlotPicker_BookableSlotsDocument] });
          return;
        case 'ExpertNotBookableError':
          refusal(t('booking.notBookable'));
          return;
        case 'EmailNotVerifiedError':
          setFailure({ kind: 'notice', notice: <EmailNotVerifiedNotice /> });
          return;
        case 'InvalidInputError':
          refusal(result.fieldErrors.map(fieldErrorMessage).join(' ') || result.message);
          return;
        default:
          assertNever(result);
      }
    });

  // The whole URL, with the chosen `?slot=`: signing in (or up) comes back to this confirmation.
  const signInPath = `/sign-in?${new URLSearchParams({ next: `${location.pathname}${location.search}` }).toString()}`;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="book-slot-title" data-testid="book-slot-panel">
      <Stack gap="sm">
        <Title order={3} size="h4" id="book-slot-title">
          {t('booking.confirmTitle')}
        </Title>
        <Text fw={600}>{offering.title}</Text>
        <Text>
          <time dateTime={slot.startsAt}>{formatTimeRange(slot.startsAt, slot.endsAt, language, timeZone)}</time>
          <Text span size="sm" c="dimmed">
            {' '}
            ({timeZoneLabel(timeZone, language)})
          </Text>
        </Text>
        <Text size="sm">{priceDetailsText(offering.price, t, language, taxNote)}</Text>
        <CancellationPolicyText rule={offeringRule(offering.cancellationPolicy, free)} />
        {!free && (
          <Alert color="blue" variant="light" title={t('booking.payNextTitle')}>
            {t('booking.payNextText')}
          </Alert>
        )}
        <FormFailure failure={failure} />
        <Group gap="sm">
          {viewer ? (
            <Button onClick={() => void confirm()} loading={loading}>
              {free ? t('booking.confirmFree') : t('booking.confirmPaid')}
            </Button>
          ) : (
            <RouterButton to={signInPath}>{t('booking.signInToBook')}</RouterButton>
          )}
          <Button variant="default" onClick={onClose}>
            {t('booking.otherTime')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
