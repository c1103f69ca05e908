import { useQuery, useSubscription } from '@apollo/client/react';
import { Alert, Anchor, Grid, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { ExpertDashboard_ConsoleDocument, ExpertDashboardPageDocument } from '@skillcall/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyMessage } from '../components/ui/EmptyMessage';
import { ErrorState } from '../components/ui/ErrorState';
import { RouterButton } from '../components/ui/RouterLink';
import { BookingList } from '../features/bookings/BookingList';
import { useBookingsLive } from '../features/bookings/use-bookings-live';
import { RequireExpert } from '../features/identity/RequireExpert';
import { AvailableNowSwitch } from '../features/instant/AvailableNowSwitch';
import { IncomingRequests, type AcceptedRequest } from '../features/instant/IncomingRequests';
import { useDocumentTitle } from '../lib/document-title';

const pageSize = 10;

/** `/dashboard`, experts only: "available now", incoming "help me now" requests, and upcoming sessions. */
export function DashboardRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('dashboard.docTitle'));
  return (
    <RequireExpert>
      <ExpertDashboard />
    </RequireExpert>
  );
}

/**
 * The console subscription stays open while this page is shown: it is the expert's presence (users see "available
 * now" only meanwhile), and it brings the switch's state and the waiting requests, live.
 */
function ExpertDashboard() {
  const { t } = useTranslation();
  const live = useSubscription(ExpertDashboard_ConsoleDocument);
  const sessions = useQuery(ExpertDashboardPageDocument, { variables: { first: pageSize }, fetchPolicy: 'cache-and-network' });
  useBookingsLive(() => void sessions.refetch());
  const [accepted, setAccepted] = useState<AcceptedRequest[]>([]);
  const state = live.data?.expertConsole;
  const connection = sessions.data?.myBookings;

  let upcoming;
  if (sessions.error && !connection) {
    upcoming = <ErrorState title={t('dashboard.sessions.loadFailed')} error={sessions.error} onRetry={() => void sessions.refetch()} />;
  } else if (!connection) {
    upcoming = (
      <Stack gap="sm" aria-busy="true">
        <Skeleton height={80} />
        <Skeleton height={80} />
      </Stack>
    );
  } else if (connection.edges.length === 0) {
    upcoming = <EmptyMessage title={t('dashboard.sessions.empty')}>{t('dashboard.sessions.emptyHint')}</EmptyMessage>;
  } else {
    upcoming = <BookingList connection={connection} role="EXPERT" onLoadMore={(after) => sessions.fetchMore({ variables: { after } })} />;
  }

  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={1}>{t('dashboard.title')}</Title>
        <Group gap="sm">
          <RouterButton to="/dashboard/earnings" variant="light">
            {t('dashboard.earnings')}
          </RouterButton>
          <RouterButton to="/dashboard/availability" variant="light">
            {t('dashboard.editAvailability')}
          </RouterButton>
        </Group>
      </Group>
      {live.error && <ErrorState title={t('dashboard.consoleFailed')} error={live.error} onRetry={live.restart} />}
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <AvailableNowSwitch presence={state?.presence} />
            {accepted.map((item) => (
              <Alert
                key={item.requestId}
                color="teal"
                variant="light"
                title={t('dashboard.incoming.acceptedTitle')}
                withCloseButton
                onClose={() => setAccepted((list) => list.filter((other) => other.requestId !== item.requestId))}
              >
                <Text size="sm">
                  {t('dashboard.incoming.acceptedText', { name: item.userName ?? t('bookings.deletedAccount') })}{' '}
                  <Anchor component={Link} to={`/bookings/${item.bookingId}`}>
                    {t('dashboard.incoming.openBooking')}
                  </Anchor>
                </Text>
              </Alert>
            ))}
            <IncomingRequests incoming={state?.incoming} onAccepted={(item) => setAccepted((list) => [item, ...list])} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="sm" component="section" aria-labelledby="upcoming-title" data-testid="dashboard-upcoming">
            <Group justify="space-between" align="center">
              <Title order={2} size="h3" id="upcoming-title">
                {t('dashboard.sessions.title')}
              </Title>
              <Anchor component={Link} to="/bookings?as=expert" size="sm">
                {t('dashboard.sessions.all')}
              </Anchor>
            </Group>
            {upcoming}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
