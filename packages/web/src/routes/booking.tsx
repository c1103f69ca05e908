import { useQuery } from '@apollo/client/react';
import { Grid, Skeleton, Stack } from '@mantine/core';
import { BookingPageDocument, ViewerExpertProfileDocument } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { ErrorState } from '../components/ui/ErrorState';
import { RouterAnchor } from '../components/ui/RouterLink';
import { GuaranteeSection } from '../features/billing/GuaranteeSection';
import { PaymentPanel, type PaymentViewer } from '../features/billing/PaymentPanel';
import { PaymentReturnNotice, usePaymentReturn } from '../features/billing/PaymentReturn';
import { PaymentStep } from '../features/billing/PaymentStep';
import { RefundRequestAnswer } from '../features/billing/RefundRequestAnswer';
import { BookingActions } from '../features/bookings/BookingActions';
import { BookingDetails } from '../features/bookings/BookingDetails';
import { BookingSession } from '../features/bookings/BookingSession';
import { useBookingsLive } from '../features/bookings/use-bookings-live';
import { useViewer } from '../features/identity/use-viewer';
import { ReviewSection } from '../features/reviews/ReviewSection';
import { WorkspaceSection } from '../features/workspace/WorkspaceSection';
import { ReportButton } from '../features/reports/ReportButton';
import { useDocumentTitle } from '../lib/document-title';
import { errorKind } from '../lib/errors';
import { BookingNotFound } from '../features/bookings/BookingNotFound';

/**
 * `/bookings/:id`, for its two participants (and admins): the details; the session (when its room opens, the way in,
 * how it ended, its recordings); for the user, paying while the slot is held, the payment, and the satisfaction
 * guarantee with its refund request; for the expert, the payment with their share and answering a refund request;
 * cancelling or moving it under its policy; once the session took place, its review (`#review`): the user writes it,
 * the expert replies once. Live: when either side changes it, its payment hold lapses, a payment
 * arrives or a refund completes, the page refetches; the session room follows its own subscription.
 * `?payment=done|cancelled` is where the checkout sends the user back.
 */
export function BookingRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { viewer, loading: viewerLoading } = useViewer();
  // No deduplication: a live event's refetch must not join a request already in flight (e.g. a mutation's
  // refetchQueries sent just before a refund completed), whose answer would be older than the event.
  const { data, error, refetch } = useQuery(BookingPageDocument, {
    variables: { id },
    skip: !viewer,
    fetchPolicy: 'cache-and-network',
    context: { queryDeduplication: false },
  });
  useBookingsLive(
    (bookingId) => {
      if (bookingId === null || bookingId === id) void refetch();
    },
    { skip: !viewer },
  );
  const booking = data?.booking;
  // The root layout already asked for the viewer's expert profile: it tells the expert from an admin looking on.
  const ownExpert = useQuery(ViewerExpertProfileDocument, { skip: !viewer }).data?.myExpertProfile;
  const paymentReturn = usePaymentReturn(id, { skip: !viewer });
  useDocumentTitle(booking ? (booking.offering?.title ?? t('booking.docTitle')) : t('booking.docTitle'));

  if (!viewerLoading && !viewer) return <Navigate to={`/sign-in?${new URLSearchParams({ next: `/bookings/${id}` }).toString()}`} replace />;
  if (error && !data) {
    if (errorKind(error) === 'notFound') return <BookingNotFound title={t('booking.notFoundTitle')} text={t('booking.notFoundText')} />;
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
  if (!booking) return <BookingNotFound title={t('booking.notFoundTitle')} text={t('booking.notFoundText')} />;
  const side = booking.user?.id === viewer?.id ? 'USER' : 'EXPERT';
  const reader: PaymentViewer = side === 'USER' ? 'USER' : booking.expert && ownExpert?.id === booking.expert.id ? 'EXPERT' : 'ADMIN';

  return (
    <Stack gap="lg">
      <RouterAnchor to={side === 'EXPERT' ? '/bookings?as=expert' : '/bookings'} size="sm">
        {t('booking.allBookings')}
      </RouterAnchor>
      {reader === 'USER' && <PaymentReturnNotice state={paymentReturn} booking={booking} />}
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <BookingDetails booking={booking} />
            {booking.session && (
              <BookingSession session={booking.session} reviewInvite={reader === 'USER' && !!booking.reviewTerms?.canReview} />
            )}
            {reader !== 'ADMIN' && (
              <WorkspaceSection
                booking={booking}
                side={side}
                myName={(side === 'USER' ? booking.user : booking.expert)?.displayName ?? ''}
              />
            )}
            <ReviewSection booking={booking} reader={reader} expertName={booking.expert?.displayName ?? ''} />
            {booking.payment && <PaymentPanel payment={booking.payment} priceModel={booking.priceModel} viewer={reader} />}
            {reader === 'USER' ? (
              <GuaranteeSection booking={booking} />
            ) : (
              <RefundRequestAnswer booking={booking} canAnswer={reader === 'EXPERT'} />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            {reader === 'USER' && <PaymentStep booking={booking} provider={data.paymentProvider} />}
            <BookingActions booking={booking} side={side} />
            {reader !== 'ADMIN' && <ReportButton kind="SESSION" targetId={booking.id} workspaceBookingId={booking.id} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
