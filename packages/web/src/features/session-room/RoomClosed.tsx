import { Paper, Stack, Text, Title } from '@mantine/core';
import type { SessionRoomFieldsFragment } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { RouterButton } from '../../components/ui/RouterLink';
import { useDateFormat } from '../identity/use-date-format';

/** The room cannot be entered: not open yet (with when it opens), or no session at all (the booking is not confirmed). */
export function RoomClosed({ room }: { room: Pick<SessionRoomFieldsFragment, 'bookingId' | 'state' | 'opensAt' | 'startsAt'> }) {
  const { t } = useTranslation();
  const { dateTime } = useDateFormat();
  const notOpen = room.state === 'NOT_OPEN_YET';
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="room-closed-title" data-testid="room-closed" maw={640}>
      <Stack gap="md" align="flex-start">
        <Title order={1} size="h2" id="room-closed-title">
          {notOpen ? t('room.closed.notOpenTitle') : t('room.closed.unavailableTitle')}
        </Title>
        <Text>
          {notOpen
            ? t('room.closed.notOpenText', { opensAt: dateTime(room.opensAt), startsAt: dateTime(room.startsAt) })
            : t('room.closed.unavailableText')}
        </Text>
        <RouterButton to={`/bookings/${room.bookingId}`} variant="light">
          {t('room.backToBooking')}
        </RouterButton>
      </Stack>
    </Paper>
  );
}
