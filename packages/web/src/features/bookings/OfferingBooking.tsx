import { Paper, Stack, Text, Title } from '@mantine/core';
import type { BookSlotPanel_OfferingFragment } from '@skillcall/schema';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useViewerTimeZone } from '../identity/use-date-format';
import { BookSlotPanel } from './BookSlotPanel';
import { parseSlotParam, slotParam } from './slot-param';
import { SlotPicker, type PickedSlot } from './SlotPicker';

interface OfferingBookingProps {
  offering: BookSlotPanel_OfferingFragment;
  /** Published, with an active expert, and not the viewer's own. */
  bookable: boolean;
  /** The viewer is this offering's expert. */
  own: boolean;
}

/**
 * "Book a session" on an offering page: pick a free slot, then confirm it. The pick is kept in the URL (`?slot=`), so
 * a visitor sent to sign in (or up) comes back to the same confirmation.
 */
export function OfferingBooking({ offering, bookable, own }: OfferingBookingProps) {
  const { t } = useTranslation();
  const timeZone = useViewerTimeZone();
  const [params, setParams] = useSearchParams();
  const slot = parseSlotParam(params.get('slot'));
  const setSlot = (picked: PickedSlot | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (picked) next.set('slot', slotParam(picked));
        else next.delete('slot');
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  const slotKey = slot?.startsAt;
  const panel = useRef<HTMLDivElement>(null);
  // The confirmation comes under a long list of slots: bring it into view when a slot is picked.
  useEffect(() => {
    if (slotKey) panel.current?.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  }, [slotKey]);
  return (
    <Stack gap="sm" component="section" aria-labelledby="offering-booking-title">
      <Title order={2} size="h3" id="offering-booking-title">
        {t('booking.pickTitle')}
      </Title>
      {bookable ? (
        <>
          <Paper withBorder radius="md" p="lg">
            <SlotPicker offeringId={offering.id} timeZone={timeZone} selected={slot?.startsAt ?? null} onSelect={setSlot} />
          </Paper>
          <div ref={panel}>
            {slot && <BookSlotPanel offering={offering} slot={slot} timeZone={timeZone} onClose={() => setSlot(null)} />}
          </div>
        </>
      ) : (
        <Text c="dimmed">{own ? t('booking.ownOffering') : t('booking.notBookable')}</Text>
      )}
    </Stack>
  );
}
