import { useQuery } from '@apollo/client/react';
import { Grid, Skeleton, Stack } from '@mantine/core';
import { BookingPageDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { ErrorState } from '../components/ui/ErrorState';
import { NotFoundState } from '../components/ui/NotFoundState';
import { RouterAnchor, RouterButton } from '../components/ui/RouterLink';
import { BookingActions } from '../features/bookings/BookingActions';
import { BookingDetails } from '../features/bookings/BookingDetails';
import { useBookingsLive } from '../features/bookings/use-bookings-live';
import { useViewer } from '../features/identity/viewer';
import { useDocumentTitle } from '../lib/document-title';
import { errorKind } from '../lib/errors';

/**
 * `/bookings/:id`, for its two participants: the details, and cancelling or moving it under its policy. Live: when
 * either side changes it (or its payment hold lapses) the page refetches.
 */
export function BookingRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { viewer, loading: viewerLoading } = useViewer();
  const { data, error, refetch } = useQuery(BookingPageDocument, { variables: { id }, skip: !viewer, fetchPolicy: 'cache-and-network' });
  useBookingsLive(
    (bookingId) => {
      if (bookingId === null || bookingId === id) void refetch();
    },
    { skip: !viewer },
  );
  const booking = data?.booking;
  useDocumentTitle(booking ? (booking.offering?.title ?? t('booking.docTitle')) : t('booking.docTitle'));

  if (!viewerLoading && !viewer) return <Navigate to={`/sign-in?${new URLSearchParams({ next: `/bookings/${id}` }).toString()}`} replace />;
  if (error && !data) {
    if (errorKind(error) === 'notFound') return <NotFound />;
    return <ErrorState title={t('booking.loadFailed')} error={error} onRetry={() => void refetch()} />;
  }
  if (!data) {
    return (
      <Stack gap="lg" aria-busy="true">
        <Skeleton height={36} width="50%" />
        <Skeleton height={240} />
      </Stack>
    );
  }
  if (!booking) return <NotFound />;
  const side = booking.user?.id === viewer?.id ? 'USER' : 'EXPERT';

  return (
    <Stack gap="lg">
      <RouterAnchor to={side === 'EXPERT' ? '/bookings?as=expert' : '/bookings'} size="sm">
        {t('booking.allBookings')}
      </RouterAnchor>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <BookingDetails booking={booking} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <BookingActions booking={booking} side={side} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <NotFoundState
      title={t('booking.notFoundTitle')}
      text={t('booking.notFoundText')}
      action={
        <RouterButton to="/bookings" variant="light">
          {t('booking.allBookings')}
        </RouterButton>
      }
    />
  );
}
