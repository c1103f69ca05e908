import { useQuery, useSubscription } from '@apollo/client/react';
import { Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { SlotPicker_BookableSlotsDocument, SlotPicker_SlotsChangedDocument } from '@skillcall/schema';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/ui/ErrorState';
import { addDays, formatCalendarDay, formatTime, timeZoneLabel, todayIn } from '../../lib/format';
import { currentLanguage } from '../../lib/i18n';
import { onSocketReconnected } from '../../lib/apollo';

const daysShown = 7;

export interface PickedSlot {
  startsAt: string;
  endsAt: string;
}

interface SlotPickerProps {
  offeringId: string;
  /** The viewer's IANA zone: days and times are shown in it. */
  timeZone: string;
  /** The start of the slot chosen, if any. */
  selected: string | null;
  onSelect: (slot: PickedSlot) => void;
}

/**
 * The free slots of an offering, a week at a time (never before today), as buttons grouped by day, in the viewer's
 * time zone. It asks the API itself because it moves from week to week; after a refused booking the caller refetches
 * it with `client.refetchQueries({ include: [SlotPicker_BookableSlotsDocument] })`. It also refetches, live, when
 * someone else books or frees time with the expert or the expert edits their hours, and after a lost connection.
 */
export function SlotPicker({ offeringId, timeZone, selected, onSelect }: SlotPickerProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const today = todayIn(timeZone);
  const [from, setFrom] = useState(today);
  const start = from < today ? today : from;
  const { data, previousData, error, loading, refetch } = useQuery(SlotPicker_BookableSlotsDocument, {
    variables: { offeringId, from: start, days: daysShown, timeZone },
    fetchPolicy: 'cache-and-network',
  });
  const slots = (data ?? (loading ? previousData : undefined))?.bookableSlots;
  const expertId = slots?.expertId;
  useSubscription(SlotPicker_SlotsChangedDocument, {
    variables: { expertId: expertId ?? '' },
    skip: !expertId,
    onData: () => void refetch(),
  });
  useEffect(() => onSocketReconnected(() => void refetch()), [refetch]);
  const last = addDays(start, daysShown - 1);

  let body;
  if (error && !data) {
    body = <ErrorState title={t('slots.loadFailed')} error={error} onRetry={() => void refetch()} />;
  } else if (!slots) {
    body = (
      <Stack gap="sm" aria-busy="true">
        <Skeleton height={20} width="30%" />
        <Skeleton height={36} />
        <Skeleton height={20} width="30%" />
        <Skeleton height={36} />
      </Stack>
    );
  } else if (slots.days.length === 0) {
    body = (
      <Text size="sm" c="dimmed" role="status">
        {t('slots.noneThisWeek')}
      </Text>
    );
  } else {
    body = (
      <Stack gap="md" aria-busy={loading || undefined} style={{ opacity: loading && !data ? 0.55 : 1 }}>
        {slots.days.map((day) => (
          <Stack key={day.date} gap={6} component="section" aria-label={formatCalendarDay(day.date, language)}>
            <Title order={3} size="h5">
              {formatCalendarDay(day.date, language)}
            </Title>
            <Group gap={6}>
              {day.slots.map((slot) => {
                const isSelected = slot.startsAt === selected;
                return (
                  <Button
                    key={slot.startsAt}
                    size="xs"
                    variant={isSelected ? 'filled' : 'default'}
                    aria-pressed={isSelected}
                    data-testid="slot"
                    onClick={() => onSelect({ startsAt: slot.startsAt, endsAt: slot.endsAt })}
                  >
                    {formatTime(slot.startsAt, language, timeZone)}
                  </Button>
                );
              })}
            </Group>
          </Stack>
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center" wrap="wrap" gap="xs">
        <Button variant="subtle" size="xs" disabled={start <= today} onClick={() => setFrom(addDays(start, -daysShown))}>
          {t('slots.previousWeek')}
        </Button>
        <Text size="sm" fw={500} aria-live="polite">
          {t('slots.range', { from: formatCalendarDay(start, language, 'short'), to: formatCalendarDay(last, language, 'short') })}
        </Text>
        <Button variant="subtle" size="xs" onClick={() => setFrom(addDays(start, daysShown))}>
          {t('slots.nextWeek')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed" data-testid="slots-time-zone">
        {t('slots.timesIn', { zone: timeZoneLabel(timeZone, language) })}
      </Text>
      {body}
    </Stack>
  );
}
