import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { BookingList_ConnectionFragment, BookingListItem_BookingFragment, BookingRole } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadMoreButton } from '../../components/ui/LoadMoreButton';
import { RouterButton } from '../../components/ui/RouterLink';
import { useNow } from '../../lib/use-now';
import { useDateFormat } from '../identity/use-date-format';
import { BookingStatusBadge } from './BookingStatusBadge';
import { roomPath, sessionStateAt } from '../../lib/session-state';

interface BookingListProps {
  connection: BookingList_ConnectionFragment;
  /** The viewer's side: as the user the expert is named, as the expert the user. */
  role: BookingRole;
  /** Fetches the page after the cursor (Apollo's fetchMore; the cache appends it). */
  onLoadMore: (after: string) => Promise<unknown>;
}

/** Bookings, soonest (or latest) first, each linking to its page (and to its room while open), a page at a time. */
export function BookingList({ connection, role, onLoadMore }: BookingListProps) {
  // A room opens by itself at its time: "Join" appears within 15 seconds, without a reload.
  const now = useNow(15_000);
  return (
    <Stack gap="md">
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {connection.edges.map(({ node }) => (
          <BookingListItem key={node.id} booking={node} role={role} now={now} />
        ))}
      </Stack>
      <LoadMoreButton pageInfo={connection.pageInfo} onLoadMore={onLoadMore} />
    </Stack>
  );
}

function BookingListItem({ booking, role, now }: { booking: BookingListItem_BookingFragment; role: BookingRole; now: Date }) {
  const { t } = useTranslation();
  const roomOpen = booking.session ? sessionStateAt(booking.session, now) === 'OPEN' : false;
  const { timeRange, time, zoneLabel } = useDateFormat();
  const title = booking.offering?.title ?? t('bookings.offeringGone');
  const other = role === 'USER' ? booking.expert?.displayName : booking.user && !booking.user.deleted ? booking.user.displayName : null;
  return (
    <Paper component="li" withBorder radius="md" p="md" data-testid="booking-item">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
        <Stack gap={4}>
          <Anchor component={Link} to={`/bookings/${booking.id}`} fw={600}>
            {title}
          </Anchor>
          <Text size="sm">
            <time dateTime={booking.startsAt}>{timeRange(booking.startsAt, booking.endsAt)}</time>{' '}
            <Text span size="sm" c="dimmed">
              ({zoneLabel()})
            </Text>
          </Text>
          <Text size="sm" c="dimmed">
            {other
              ? role === 'USER'
                ? t('bookings.withExpert', { name: other })
                : t('bookings.withUser', { name: other })
              : t('bookings.deletedAccount')}
          </Text>
          {booking.status === 'PENDING_PAYMENT' && booking.holdExpiresAt && (
            <Text size="sm" c="orange">
              {t('booking.heldUntil', { time: time(booking.holdExpiresAt) })}
            </Text>
          )}
        </Stack>
        <Group gap={6}>
          {roomOpen && (
            <RouterButton to={roomPath(booking.id)} size="xs" color="teal">
              {t('bookingSession.joinShort')}
            </RouterButton>
          )}
          {booking.source === 'INSTANT' && (
            <Badge variant="outline" color="grape" tt="none">
              {t('bookings.instant')}
            </Badge>
          )}
          <BookingStatusBadge status={booking.status} />
        </Group>
      </Group>
    </Paper>
  );
}
