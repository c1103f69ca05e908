import { useQuery } from '@apollo/client/react';
import { Skeleton, Stack } from '@mantine/core';
import { SessionRoomPageDocument } from '@skillcall/schema';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { ErrorState } from '../components/ui/ErrorState';
import { RouterAnchor } from '../components/ui/RouterLink';
import { useBookingsLive } from '../features/bookings/use-bookings-live';
import { useViewer } from '../features/identity/use-viewer';
import { OpenRoom } from '../features/session-room/OpenRoom';
import { RoomClosed } from '../features/session-room/RoomClosed';
import { SessionEnded } from '../features/session-room/SessionEnded';
import { RoomWorkspace } from '../features/workspace/RoomWorkspace';
import { useDocumentTitle } from '../lib/document-title';
import { assertNever, errorKind } from '../lib/errors';
import { BookingNotFound } from '../features/bookings/BookingNotFound';

/** Timers further away than this are not set (setTimeout cannot wait that long); the page is reloaded by then. */
const longestWaitMs = 24 * 3_600_000;

/**
 * `/bookings/:id/room`, the live session for its two participants: a device check, then the call (video, screen
 * sharing, chat, recording with both consents), and once it is over why it ended and what was billed. Before it
 * opens (10 minutes before the start) or without a confirmed booking, says so and links back to the booking.
 * The page follows the booking live: the room is read again when the booking changes (paid, cancelled, completed).
 */
export function SessionRoomRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { viewer, loading: viewerLoading } = useViewer();
  const { data, error, refetch } = useQuery(SessionRoomPageDocument, {
    variables: { bookingId: id },
    skip: !viewer,
    fetchPolicy: 'cache-and-network',
  });
  const room = data?.sessionRoom;
  useDocumentTitle(t('room.docTitle'));
  useBookingsLive(
    (bookingId) => {
      if (bookingId === null || bookingId === id) void refetch();
    },
    { skip: !viewer },
  );

  // The room opens by itself at its time: read it again then.
  const opensAt = room?.state === 'NOT_OPEN_YET' ? room.opensAt : null;
  useEffect(() => {
    if (!opensAt) return;
    const wait = new Date(opensAt).getTime() - Date.now();
    if (wait > longestWaitMs) return;
    const timer = setTimeout(() => void refetch(), Math.max(0, wait) + 500);
    return () => clearTimeout(timer);
  }, [opensAt, refetch]);

  if (!viewerLoading && !viewer) {
    return <Navigate to={`/sign-in?${new URLSearchParams({ next: `/bookings/${id}/room` }).toString()}`} replace />;
  }
  if (error && !data) {
    if (errorKind(error) === 'notFound') return <BookingNotFound title={t('room.notFoundTitle')} text={t('room.notFoundText')} />;
    return <ErrorState title={t('room.loadFailed')} error={error} onRetry={() => void refetch()} />;
  }
  if (!data) {
    return (
      <Stack gap="lg" aria-busy="true">
        <Skeleton height={36} width="40%" />
        <Skeleton height={360} />
      </Stack>
    );
  }
  if (!room) return <BookingNotFound title={t('room.notFoundTitle')} text={t('room.notFoundText')} />;

  let body;
  switch (room.state) {
    case 'OPEN':
      body = (
        <OpenRoom
          title={data.booking?.offering?.title ?? t('room.title')}
          room={room}
          iceServers={data.sessionRoom?.iceServers ?? []}
          history={data.sessionRoom?.messages ?? []}
        />
      );
      break;
    case 'ENDED':
      body = (
        <>
          <SessionEnded room={room} />
          <RoomWorkspace room={room} title={data.booking?.offering?.title ?? t('room.title')} />
        </>
      );
      break;
    case 'NOT_OPEN_YET':
    case 'UNAVAILABLE':
      body = <RoomClosed room={room} />;
      break;
    default:
      assertNever(room.state);
  }
  return (
    <Stack gap="md">
      <RouterAnchor to={`/bookings/${id}`} size="sm">
        {t('room.backToBooking')}
      </RouterAnchor>
      {body}
    </Stack>
  );
}
