import { useQuery } from '@apollo/client/react';
import { SegmentedControl, Skeleton, Stack, Tabs, Title } from '@mantine/core';
import { MyBookingsPageDocument, type BookingPeriod, type BookingRole } from '@skillcall/schema';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { EmptyMessage } from '../components/ui/EmptyMessage';
import { ErrorState } from '../components/ui/ErrorState';
import { RouterAnchor } from '../components/ui/RouterLink';
import { BookingList } from '../features/bookings/BookingList';
import { useBookingsLive } from '../features/bookings/use-bookings-live';
import { useViewer } from '../features/identity/use-viewer';
import { useDocumentTitle } from '../lib/document-title';

const pageSize = 20;

/**
 * `/bookings?period=past&as=expert`, signed in only: the viewer's bookings, upcoming (soonest first) or past (latest
 * first); experts switch between the sessions they booked and those booked with them. Live: any change refetches.
 */
export function BookingsRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('bookings.docTitle'));
  const { viewer, loading } = useViewer();
  const [params, setParams] = useSearchParams();
  const isExpert = viewer?.roles.includes('EXPERT') ?? false;
  const period: BookingPeriod = params.get('period') === 'past' ? 'PAST' : 'UPCOMING';
  const role: BookingRole = isExpert && params.get('as') === 'expert' ? 'EXPERT' : 'USER';
  const bookings = useQuery(MyBookingsPageDocument, {
    variables: { role, period, first: pageSize },
    skip: !viewer,
    fetchPolicy: 'cache-and-network',
  });
  useBookingsLive(() => void bookings.refetch(), { skip: !viewer });

  if (!loading && !viewer) return <Navigate to={`/sign-in?${new URLSearchParams({ next: '/bookings' }).toString()}`} replace />;

  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  const connection = bookings.data?.myBookings;
  let body;
  if (bookings.error && !connection) {
    body = <ErrorState title={t('bookings.loadFailed')} error={bookings.error} onRetry={() => void bookings.refetch()} />;
  } else if (!connection) {
    body = (
      <Stack gap="sm" aria-busy="true">
        <Skeleton height={90} />
        <Skeleton height={90} />
        <Skeleton height={90} />
      </Stack>
    );
  } else if (connection.edges.length === 0) {
    body = (
      <EmptyMessage title={t(`bookings.empty.${period}`)}>
        {role === 'USER' ? <RouterAnchor to="/search">{t('bookings.findExpert')}</RouterAnchor> : t('bookings.emptyExpertHint')}
      </EmptyMessage>
    );
  } else {
    body = <BookingList connection={connection} role={role} onLoadMore={(after) => bookings.fetchMore({ variables: { after } })} />;
  }

  return (
    <Stack gap="lg" maw={860}>
      <Title order={1}>{t('bookings.title')}</Title>
      {isExpert && (
        <SegmentedControl
          aria-label={t('bookings.roleLabel')}
          value={role}
          onChange={(value) => setParam('as', value === 'EXPERT' ? 'expert' : null)}
          data={[
            { value: 'USER', label: t('bookings.asClient') },
            { value: 'EXPERT', label: t('bookings.asExpert') },
          ]}
          maw={420}
        />
      )}
      <Tabs value={period} onChange={(value) => setParam('period', value === 'PAST' ? 'past' : null)}>
        <Tabs.List>
          <Tabs.Tab value="UPCOMING">{t('bookings.upcoming')}</Tabs.Tab>
          <Tabs.Tab value="PAST">{t('bookings.past')}</Tabs.Tab>
        </Tabs.List>
      </Tabs>
      {body}
    </Stack>
  );
}
