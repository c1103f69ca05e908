import { DataList, Paper, Stack, Text, Title } from '@mantine/core';
import type { SessionRoomFieldsFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { RouterButton } from '../../components/ui/RouterLink';
import { formatClock } from '../../lib/format';
import { useDateFormat } from '../identity/use-date-format';
import { endedText } from '../../lib/session-state';
import { ReviewInvite } from '../reviews/ReviewInvite';

/**
 * After the end: why it ended, how long both were connected and, for a per-minute session, the minutes billed;
 * then the way back to the booking, where the satisfaction guarantee and the recordings are; for the user of a
 * session that took place, an invitation to rate it there.
 */
export function SessionEnded({ room }: { room: SessionRoomFieldsFragment }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const tookPlace = room.endReason !== 'EXPERT_NO_SHOW' && room.endReason !== 'USER_NO_SHOW';

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="session-ended-title" data-testid="session-ended" maw={640}>
      <Stack gap="md">
        <Title order={1} size="h2" id="session-ended-title">
          {t('room.ended.title')}
        </Title>
        <Text data-testid="end-reason">{endedText(room, t)}</Text>
        <DataList labelWidth={200}>
          {room.endedAt && (
            <DataList.Item>
              <DataList.ItemLabel>{t('room.ended.endedAt')}</DataList.ItemLabel>
              <DataList.ItemValue>
                <time dateTime={room.endedAt}>{dateTime(room.endedAt)}</time>
              </DataList.ItemValue>
            </DataList.Item>
          )}
          <DataList.Item>
            <DataList.ItemLabel>{t('room.ended.connectedTime')}</DataList.ItemLabel>
            <DataList.ItemValue data-testid="ended-connected-time" data-seconds={room.connectedSeconds}>
              {formatClock(room.connectedSeconds)}
            </DataList.ItemValue>
          </DataList.Item>
          {room.billedMinutes !== null && (
            <DataList.Item>
              <DataList.ItemLabel>{t('room.ended.billedMinutes')}</DataList.ItemLabel>
              <DataList.ItemValue data-testid="ended-billed-minutes" data-value={room.billedMinutes}>
                {t('room.ended.minutes', { count: room.billedMinutes })}
              </DataList.ItemValue>
            </DataList.Item>
          )}
        </DataList>
        {room.billedMinutes !== null && (
          <Text size="sm" c="dimmed">
            {t('room.ended.billingNote')}
          </Text>
        )}
        <Text size="sm">{t('room.ended.next')}</Text>
        {room.myRole === 'USER' && tookPlace && <ReviewInvite bookingId={room.bookingId} />}
        <RouterButton to={`/bookings/${room.bookingId}`} w="fit-content">
          {t('room.backToBooking')}
        </RouterButton>
      </Stack>
    </Paper>
  );
}
